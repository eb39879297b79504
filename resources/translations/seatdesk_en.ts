<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>AgreementDialog</name>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="258" />
        <source>Confidentiality agreement</source>
        <translation>Confidentiality agreement</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="263" />
        <source>I have read the agreement and accept it</source>
        <translation>I have read the agreement and accept it</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="267" />
        <location filename="../../seatdesk/ui/dialogs.py" line="268" />
        <source>Type your staff ID to confirm</source>
        <translation>Type your staff ID to confirm</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="269" />
        <source>Accept</source>
        <translation>Accept</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="269" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="112" />
        <source>Authorisation at the seat</source>
        <translation>Authorisation at the seat</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="117" />
        <source>This reveal needs the authorisation of a %1. They enter their staff ID and password here.</source>
        <translation>This reveal needs the authorisation of a %1. They enter their staff ID and password here.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="124" />
        <source>Approver staff ID</source>
        <translation>Approver staff ID</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="128" />
        <source>Approver password</source>
        <translation>Approver password</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="131" />
        <source>Staff ID</source>
        <translation>Staff ID</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="132" />
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="133" />
        <source>Authorise</source>
        <translation>Authorise</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="133" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../seatdesk/ui/password_dialog.py" line="25" />
        <source>SeatDesk — change your password</source>
        <translation>SeatDesk — change your password</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/password_dialog.py" line="28" />
        <source>Your password was set by an administrator. Choose your own now (at least %1 characters, not your staff ID).</source>
        <translation>Your password was set by an administrator. Choose your own now (at least %1 characters, not your staff ID).</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/password_dialog.py" line="43" />
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/password_dialog.py" line="44" />
        <source>Repeat</source>
        <translation>Repeat</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/password_dialog.py" line="48" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/password_dialog.py" line="62" />
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>DeskApp</name>
    <message>
        <location filename="../../seatdesk/ui/desk_app.py" line="80" />
        <source>SeatDesk is already running for this user; it has been brought to the front.</source>
        <translation>SeatDesk is already running for this user; it has been brought to the front.</translation>
    </message>
</context>
<context>
    <name>DeskWindow</name>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="73" />
        <source>SeatDesk — customer desk</source>
        <translation>SeatDesk — customer desk</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="134" />
        <source>Phone number or customer number</source>
        <translation>Phone number or customer number</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="133" />
        <location filename="../../seatdesk/ui/main_window.py" line="137" />
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="170" />
        <source>Caller</source>
        <translation>Caller</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="106" />
        <source>Administrators see no customer data.</source>
        <translation>Administrators see no customer data.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="112" />
        <location filename="../../seatdesk/ui/main_window.py" line="344" />
        <source>No active call</source>
        <translation>No active call</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="114" />
        <source>End call</source>
        <translation>End call</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="118" />
        <location filename="../../seatdesk/ui/main_window.py" line="484" />
        <source>Report incident</source>
        <translation>Report incident</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="124" />
        <source>Export (masked)…</source>
        <translation>Export (masked)…</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="144" />
        <source>Search results</source>
        <translation>Search results</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="192" />
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="193" />
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="194" />
        <source>Security officer</source>
        <translation>Security officer</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="195" />
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="198" />
        <source>Signed in: %1 (%2) · seat %3</source>
        <translation>Signed in: %1 (%2) · seat %3</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="212" />
        <source>No device secret: weaker key protection</source>
        <translation>No device secret: weaker key protection</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="237" />
        <source>Screen capture blocked</source>
        <translation>Screen capture blocked</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="240" />
        <source>Screen capture not blocked</source>
        <translation>Screen capture not blocked</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="242" />
        <source>strict masking</source>
        <translation>strict masking</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="249" />
        <source>Blocked: customer data cannot leave the seat (%1). The attempt was recorded.</source>
        <translation>Blocked: customer data cannot leave the seat (%1). The attempt was recorded.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="256" />
        <source>Printing customer data is not allowed; the attempt was recorded.</source>
        <translation>Printing customer data is not allowed; the attempt was recorded.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="279" />
        <source>Your role may not search customer records.</source>
        <translation>Your role may not search customer records.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="289" />
        <source>No customer matches. New caller?</source>
        <translation>No customer matches. New caller?</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="295" />
        <source>%1 customers match: choose the caller.</source>
        <translation>%1 customers match: choose the caller.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="319" />
        <source>A call is waiting.</source>
        <translation>A call is waiting.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="341" />
        <source>Call in progress</source>
        <translation>Call in progress</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="349" />
        <source>not identified</source>
        <translation>not identified</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="351" />
        <source>Active call %1 · %2 · customer %3</source>
        <translation>Active call %1 · %2 · customer %3</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="368" />
        <source>Open a customer first.</source>
        <translation>Open a customer first.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="382" />
        <source>Your role may not reveal this field for this customer.</source>
        <translation>Your role may not reveal this field for this customer.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="393" />
        <source>supervisor</source>
        <translation>supervisor</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="395" />
        <source>security officer</source>
        <translation>security officer</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="406" />
        <source>This reveal needs an authorisation.</source>
        <translation>This reveal needs an authorisation.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="433" />
        <source>Locked after inactivity.</source>
        <translation>Locked after inactivity.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="434" />
        <source>Locked by you.</source>
        <translation>Locked by you.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="435" />
        <source>Locked with the screen.</source>
        <translation>Locked with the screen.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="436" />
        <source>Locked when the session switched.</source>
        <translation>Locked when the session switched.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="451" />
        <source>SeatDesk</source>
        <translation>SeatDesk</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="451" />
        <source>Too many wrong passwords: you are signed out.</source>
        <translation>Too many wrong passwords: you are signed out.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="457" />
        <source>Wrong password.</source>
        <translation>Wrong password.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="486" />
        <source>Reported as %1. The security officer has been notified through the audit log. Audit anchor: %2</source>
        <translation>Reported as %1. The security officer has been notified through the audit log. Audit anchor: %2</translation>
    </message>
</context>
<context>
    <name>ExportFlow</name>
    <message>
        <location filename="../../seatdesk/ui/export_flow.py" line="77" />
        <source>Save the encrypted export</source>
        <translation>Save the encrypted export</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/export_flow.py" line="88" />
        <source>Search first: the export holds the customers listed.</source>
        <translation>Search first: the export holds the customers listed.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/export_flow.py" line="98" />
        <source>supervisor or security officer</source>
        <translation>supervisor or security officer</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/export_flow.py" line="120" />
        <source>Export (masked)</source>
        <translation>Export (masked)</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/export_flow.py" line="121" />
        <source>Written to %1. One-time password for the recipient — for the authoriser's eyes only, shown once:

%2</source>
        <translation>Written to %1. One-time password for the recipient — for the authoriser's eyes only, shown once:

%2</translation>
    </message>
</context>
<context>
    <name>ExportRequestDialog</name>
    <message>
        <location filename="../../seatdesk/ui/export_flow.py" line="35" />
        <source>Export (masked)</source>
        <translation>Export (masked)</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/export_flow.py" line="38" />
        <source>%1 customer(s), masked fields only. A supervisor or security officer must authorise the export at this seat.</source>
        <translation>%1 customer(s), masked fields only. A supervisor or security officer must authorise the export at this seat.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/export_flow.py" line="45" />
        <location filename="../../seatdesk/ui/export_flow.py" line="50" />
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/export_flow.py" line="48" />
        <location filename="../../seatdesk/ui/export_flow.py" line="51" />
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/export_flow.py" line="55" />
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/export_flow.py" line="56" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/export_flow.py" line="69" />
        <source>Give the purpose and the recipient.</source>
        <translation>Give the purpose and the recipient.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../seatdesk/ui/lock_screen.py" line="16" />
        <source>SeatDesk is locked</source>
        <translation>SeatDesk is locked</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/lock_screen.py" line="28" />
        <location filename="../../seatdesk/ui/lock_screen.py" line="29" />
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/lock_screen.py" line="32" />
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/lock_screen.py" line="39" />
        <source>Report incident</source>
        <translation>Report incident</translation>
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
        <location filename="../../seatdesk/ui/login_dialog.py" line="76" />
        <source>This account is locked after repeated failed sign-ins. Try again later or ask your administrator.</source>
        <translation>This account is locked after repeated failed sign-ins. Try again later or ask your administrator.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/login_dialog.py" line="83" />
        <source>Staff ID or password is wrong, or the account is disabled.</source>
        <translation>Staff ID or password is wrong, or the account is disabled.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/login_dialog.py" line="87" />
        <source>The vault cannot be opened: %1</source>
        <translation>The vault cannot be opened: %1</translation>
    </message>
</context>
<context>
    <name>RecordCard</name>
    <message>
        <location filename="../../seatdesk/ui/record_card.py" line="77" />
        <source>Search for a caller by phone number or customer number.</source>
        <translation>Search for a caller by phone number or customer number.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/record_card.py" line="91" />
        <source>Customer %1</source>
        <translation>Customer %1</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/record_card.py" line="97" />
        <source>Copy customer no.</source>
        <translation>Copy customer no.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/record_card.py" line="98" />
        <source>Copy the customer number</source>
        <translation>Copy the customer number</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/record_card.py" line="105" />
        <source>until %1</source>
        <translation>until %1</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/record_card.py" line="144" />
        <source>Verify</source>
        <translation>Verify</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/record_card.py" line="145" />
        <source>Verify this field</source>
        <translation>Verify this field</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/record_card.py" line="151" />
        <source>Reveal</source>
        <translation>Reveal</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/record_card.py" line="152" />
        <source>Reveal this field for a few seconds</source>
        <translation>Reveal this field for a few seconds</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/record_card.py" line="163" />
        <source>Contact history</source>
        <translation>Contact history</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/record_card.py" line="167" />
        <source>No earlier contacts.</source>
        <translation>No earlier contacts.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/record_card.py" line="169" />
        <source>call</source>
        <translation>call</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/record_card.py" line="170" />
        <source>complaint</source>
        <translation>complaint</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/record_card.py" line="171" />
        <source>note</source>
        <translation>note</translation>
    </message>
</context>
<context>
    <name>ReportIncidentDialog</name>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="292" />
        <source>Report incident</source>
        <translation>Report incident</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="295" />
        <location filename="../../seatdesk/ui/dialogs.py" line="315" />
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="297" />
        <source>Suspected leak</source>
        <translation>Suspected leak</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="298" />
        <source>Data leak</source>
        <translation>Data leak</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="299" />
        <source>Device lost or stolen</source>
        <translation>Device lost or stolen</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="300" />
        <source>Unauthorised access</source>
        <translation>Unauthorised access</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="301" />
        <source>Suspicious call or social engineering</source>
        <translation>Suspicious call or social engineering</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="302" />
        <source>Unregistered visitor</source>
        <translation>Unregistered visitor</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="303" />
        <source>Mistake (e.g. number read to the wrong caller)</source>
        <translation>Mistake (e.g. number read to the wrong caller)</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="304" />
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="309" />
        <location filename="../../seatdesk/ui/dialogs.py" line="316" />
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="310" />
        <source>What happened, in one sentence</source>
        <translation>What happened, in one sentence</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="312" />
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="312" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="326" />
        <source>Say in one sentence what happened.</source>
        <translation>Say in one sentence what happened.</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <location filename="../../seatdesk/ui/results_model.py" line="47" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/results_model.py" line="47" />
        <source>Customer no.</source>
        <translation>Customer no.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/results_model.py" line="47" />
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
</context>
<context>
    <name>RevealReasonDialog</name>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="61" />
        <source>Reveal — reason</source>
        <translation>Reveal — reason</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="64" />
        <location filename="../../seatdesk/ui/dialogs.py" line="81" />
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="69" />
        <location filename="../../seatdesk/ui/dialogs.py" line="82" />
        <source>Explanation</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="71" />
        <source>The value is shown for a few seconds and the reveal is recorded.</source>
        <translation>The value is shown for a few seconds and the reveal is recorded.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="74" />
        <source>No call with this customer is active: explain why, the reveal is flagged.</source>
        <translation>No call with this customer is active: explain why, the reveal is flagged.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="83" />
        <source>Reveal</source>
        <translation>Reveal</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="83" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="93" />
        <source>Outside a call an explanation is required.</source>
        <translation>Outside a call an explanation is required.</translation>
    </message>
</context>
<context>
    <name>RevealedValueView</name>
    <message>
        <location filename="../../seatdesk/ui/revealed_value.py" line="27" />
        <source>Revealed value</source>
        <translation>Revealed value</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/revealed_value.py" line="65" />
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="166" />
        <source>Verify without revealing</source>
        <translation>Verify without revealing</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="171" />
        <source>Field to verify</source>
        <translation>Field to verify</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="180" />
        <source>What the caller gives</source>
        <translation>What the caller gives</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="183" />
        <source>What the caller says</source>
        <translation>What the caller says</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="189" />
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="192" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="196" />
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="197" />
        <source>Caller gives</source>
        <translation>Caller gives</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="198" />
        <source>Caller says</source>
        <translation>Caller says</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="211" />
        <source>the full value</source>
        <translation>the full value</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="212" />
        <source>the last 6 characters</source>
        <translation>the last 6 characters</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="213" />
        <source>the last 4 digits</source>
        <translation>the last 4 digits</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="223" />
        <source>%1 attempt(s) left on this call</source>
        <translation>%1 attempt(s) left on this call</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="238" />
        <source>%1 attempt(s) left</source>
        <translation>%1 attempt(s) left</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="240" />
        <source>Nothing stored to compare with</source>
        <translation>Nothing stored to compare with</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="242" />
        <source>Match</source>
        <translation>Match</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="244" />
        <source>No match — check locked for this call</source>
        <translation>No match — check locked for this call</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="246" />
        <source>No match</source>
        <translation>No match</translation>
    </message>
</context>
</TS>