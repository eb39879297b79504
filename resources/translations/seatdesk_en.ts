<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../seatdesk/ui/password_dialog.py" line="25" />
        <source>SeatDesk — change your password</source>
        <translation>SeatDesk — change your password</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/password_dialog.py" line="26" />
        <source>Your password was set by an administrator. Choose your own now (at least %1 characters, not your staff ID).</source>
        <translation>Your password was set by an administrator. Choose your own now (at least %1 characters, not your staff ID).</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/password_dialog.py" line="40" />
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/password_dialog.py" line="41" />
        <source>Repeat</source>
        <translation>Repeat</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/password_dialog.py" line="45" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/password_dialog.py" line="59" />
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>DeskWindow</name>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="34" />
        <source>SeatDesk — customer desk</source>
        <translation>SeatDesk — customer desk</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="39" />
        <source>Phone number or customer number</source>
        <translation>Phone number or customer number</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="42" />
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="60" />
        <source>Caller</source>
        <translation>Caller</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="79" />
        <source>Administrators see no customer data.</source>
        <translation>Administrators see no customer data.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="84" />
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="85" />
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="86" />
        <source>Security officer</source>
        <translation>Security officer</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="87" />
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="89" />
        <source>Signed in: %1 (%2) · seat %3</source>
        <translation>Signed in: %1 (%2) · seat %3</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="95" />
        <source>No device secret: weaker key protection</source>
        <translation>No device secret: weaker key protection</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="104" />
        <source>Your role may not search customer records.</source>
        <translation>Your role may not search customer records.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="110" />
        <source>No customer matches. New caller?</source>
        <translation>No customer matches. New caller?</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../seatdesk/ui/login_dialog.py" line="27" />
        <source>SeatDesk — sign in</source>
        <translation>SeatDesk — sign in</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/login_dialog.py" line="30" />
        <source>Customer information stays on this seat.</source>
        <translation>Customer information stays on this seat.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/login_dialog.py" line="43" />
        <source>Staff ID</source>
        <translation>Staff ID</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/login_dialog.py" line="44" />
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/login_dialog.py" line="48" />
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/login_dialog.py" line="49" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/login_dialog.py" line="58" />
        <source>Vault: %1</source>
        <translation>Vault: %1</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/login_dialog.py" line="69" />
        <source>Enter your staff ID and password.</source>
        <translation>Enter your staff ID and password.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/login_dialog.py" line="75" />
        <source>This account is locked after repeated failed sign-ins. Try again later or ask your administrator.</source>
        <translation>This account is locked after repeated failed sign-ins. Try again later or ask your administrator.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/login_dialog.py" line="80" />
        <source>Staff ID or password is wrong, or the account is disabled.</source>
        <translation>Staff ID or password is wrong, or the account is disabled.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/login_dialog.py" line="83" />
        <source>The vault cannot be opened: %1</source>
        <translation>The vault cannot be opened: %1</translation>
    </message>
</context>
<context>
    <name>RecordCard</name>
    <message>
        <location filename="../../seatdesk/ui/record_card.py" line="61" />
        <source>Search for a caller by phone number or customer number.</source>
        <translation>Search for a caller by phone number or customer number.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/record_card.py" line="73" />
        <source>Customer %1</source>
        <translation>Customer %1</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/record_card.py" line="81" />
        <source>until %1</source>
        <translation>until %1</translation>
    </message>
</context>
</TS>