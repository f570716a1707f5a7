"""The screens of the group businesses (usaha kelompok): the cards and chart of the Usaha
Kelompok page, a business's detail (products, purchases, production, sales, stock, profit and
profit share) and their dialogs. Every write goes through app.usaha; a refusal is shown under
its field and nothing is written."""
