"""Officers, roles and sign-in (issue 15). Qt-free.

A book has no sign-in until the group turns it on (setting SIGN_IN = "on"); until then whoever
opens Lumbung may do everything, as before, and the operator's name signs the entries.

    roles.py     the four roles, what each may do (the matrix shown in Pengaturan), require()
    session.py   who is working now (one per running Lumbung), signed in and out
    users.py     the officers' accounts: passwords (salted scrypt), lockout, reset, recovery code

A service that writes calls `roles.require(action)` (or is decorated `@roles.needs(action)`)
before it reads or writes anything: a refusal is a Rejected like any other, naming the role
needed ("access.role_needed"), so the rule holds whatever screen (or script) calls it.
"""
