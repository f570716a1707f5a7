"""Where the group's capital came from, and the funds kept for a purpose (no Qt).

- funders: the register of funders (sumber dana) and money received from them: grants in cash
  (modal hibah, 3-201) and in kind (equipment into the Buku Inventaris, 1-401 against 3-201);
- bank: loans the group takes from a bank (2-201), their schedule (app.loans.schedule with the
  group as the borrower) and their repayments (pokok to 2-201, jasa to 5-302);
- earmarked: the PAUD incentive fund (2-302) and the social fund (2-303): money in, balance,
  and a year's report; paud: the PAUD teachers and their incentive; social: help to members;
- report: what a funder's money did in a period, and the group's capital over the years.

Each funder's entries are linked to it by the table funder_entries (see m0008_funds).
"""
