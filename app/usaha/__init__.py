"""The books of the group businesses (usaha kelompok), kept inside the one ledger.

Every posting of a business carries its `business_id` (and `member_id` when a member is the
buyer or receives a share), so each business's book is a query over the ledger, never a
separate ledger. Modules:

- units: units and their whole-number conversion to a base unit (rak = 30 butir; kg = 1000
  gram). A quantity is stored as a whole number of the base unit: eggs in butir, feed in gram
  (so "12,5 kg" is 12 500 gram, exact); what was typed is kept as text beside it.
- catalog: products (with a unit, a standard cost and a price history) and raw materials.
- stock: the stock movements, moving-average cost, stock on hand by date, stock counts.
- trade: purchases (cash or utang usaha 2-102) and supplier payments, production, sales (cash
  or piutang penjualan 1-202) and their payments, expenses of a business.
- report: sales, cost, expenses and profit per business and period; monthly series; dashboard.
- sharing: the profit-share (bagi hasil) rule, work records and the posting of a share.

Accounts: 1-101 Kas (or another 1-1xx), 1-202 Piutang penjualan, 1-301 Persediaan, 2-102 Utang
usaha, 4-201 Penjualan, 5-101 Harga pokok penjualan, 5-102 Selisih persediaan, 5-201 Beban
operasional; sharing moves profit from 3-401 to 2-101 (members) and 3-301 or 2-30x (funds).
Every line of a business's entry carries the business, so its postings sum to zero on their own
and `ledger.business_balance(b, "1-301")` is the value of its stock.
"""
