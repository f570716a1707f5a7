"""Kas & Buku's own money: what comes in from outside the members, the group's costs, and moves
between the cash box and the bank (pos: the usual accounts by name; moves: the services)."""
