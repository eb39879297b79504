<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>AgreementDialog</name>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="254" />
        <source>Confidentiality agreement</source>
        <translation>Confidentiality agreement</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="259" />
        <source>I have read the agreement and accept it</source>
        <translation>I have read the agreement and accept it</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="263" />
        <location filename="../../seatdesk/ui/dialogs.py" line="264" />
        <source>Type your staff ID to confirm</source>
        <translation>Type your staff ID to confirm</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="265" />
        <source>Accept</source>
        <translation>Accept</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="265" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="111" />
        <source>Authorisation at the seat</source>
        <translation>Authorisation at the seat</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="116" />
        <source>This reveal needs the authorisation of a %1. They enter their staff ID and password here.</source>
        <translation>This reveal needs the authorisation of a %1. They enter their staff ID and password here.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="123" />
        <source>Approver staff ID</source>
        <translation>Approver staff ID</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="127" />
        <source>Approver password</source>
        <translation>Approver password</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="130" />
        <source>Staff ID</source>
        <translation>Staff ID</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="131" />
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="132" />
        <source>Authorise</source>
        <translation>Authorise</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="132" />
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
        <location filename="../../seatdesk/ui/desk_app.py" line="74" />
        <source>SeatDesk is already running for this user; it has been brought to the front.</source>
        <translation>SeatDesk is already running for this user; it has been brought to the front.</translation>
    </message>
</context>
<context>
    <name>DeskWindow</name>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="68" />
        <source>SeatDesk — customer desk</source>
        <translation>SeatDesk — customer desk</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="115" />
        <source>Phone number or customer number</source>
        <translation>Phone number or customer number</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="114" />
        <location filename="../../seatdesk/ui/main_window.py" line="118" />
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="150" />
        <source>Caller</source>
        <translation>Caller</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="91" />
        <source>Administrators see no customer data.</source>
        <translation>Administrators see no customer data.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="97" />
        <location filename="../../seatdesk/ui/main_window.py" line="280" />
        <source>No active call</source>
        <translation>No active call</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="99" />
        <source>End call</source>
        <translation>End call</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="103" />
        <location filename="../../seatdesk/ui/main_window.py" line="416" />
        <source>Report incident</source>
        <translation>Report incident</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="125" />
        <source>Search results</source>
        <translation>Search results</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="172" />
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="173" />
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="174" />
        <source>Security officer</source>
        <translation>Security officer</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="175" />
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="178" />
        <source>Signed in: %1 (%2) · seat %3</source>
        <translation>Signed in: %1 (%2) · seat %3</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="187" />
        <source>No device secret: weaker key protection</source>
        <translation>No device secret: weaker key protection</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="216" />
        <source>Your role may not search customer records.</source>
        <translation>Your role may not search customer records.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="226" />
        <source>No customer matches. New caller?</source>
        <translation>No customer matches. New caller?</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="232" />
        <source>%1 customers match: choose the caller.</source>
        <translation>%1 customers match: choose the caller.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="255" />
        <source>A call is waiting.</source>
        <translation>A call is waiting.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="277" />
        <source>Call in progress</source>
        <translation>Call in progress</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="285" />
        <source>not identified</source>
        <translation>not identified</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="287" />
        <source>Active call %1 · %2 · customer %3</source>
        <translation>Active call %1 · %2 · customer %3</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="304" />
        <source>Open a customer first.</source>
        <translation>Open a customer first.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="316" />
        <source>Your role may not reveal this field for this customer.</source>
        <translation>Your role may not reveal this field for this customer.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="327" />
        <source>supervisor</source>
        <translation>supervisor</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="329" />
        <source>security officer</source>
        <translation>security officer</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="340" />
        <source>This reveal needs an authorisation.</source>
        <translation>This reveal needs an authorisation.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="365" />
        <source>Locked after inactivity.</source>
        <translation>Locked after inactivity.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="366" />
        <source>Locked by you.</source>
        <translation>Locked by you.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="367" />
        <source>Locked with the screen.</source>
        <translation>Locked with the screen.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="368" />
        <source>Locked when the session switched.</source>
        <translation>Locked when the session switched.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="383" />
        <source>SeatDesk</source>
        <translation>SeatDesk</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="383" />
        <source>Too many wrong passwords: you are signed out.</source>
        <translation>Too many wrong passwords: you are signed out.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="389" />
        <source>Wrong password.</source>
        <translation>Wrong password.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="418" />
        <source>Reported as %1. The security officer has been notified through the audit log. Audit anchor: %2</source>
        <translation>Reported as %1. The security officer has been notified through the audit log. Audit anchor: %2</translation>
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
        <location filename="../../seatdesk/ui/record_card.py" line="76" />
        <source>Search for a caller by phone number or customer number.</source>
        <translation>Search for a caller by phone number or customer number.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/record_card.py" line="90" />
        <source>Customer %1</source>
        <translation>Customer %1</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/record_card.py" line="98" />
        <source>until %1</source>
        <translation>until %1</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/record_card.py" line="137" />
        <source>Verify</source>
        <translation>Verify</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/record_card.py" line="138" />
        <source>Verify this field</source>
        <translation>Verify this field</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/record_card.py" line="144" />
        <source>Reveal</source>
        <translation>Reveal</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/record_card.py" line="145" />
        <source>Reveal this field for a few seconds</source>
        <translation>Reveal this field for a few seconds</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/record_card.py" line="156" />
        <source>Contact history</source>
        <translation>Contact history</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/record_card.py" line="160" />
        <source>No earlier contacts.</source>
        <translation>No earlier contacts.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/record_card.py" line="162" />
        <source>call</source>
        <translation>call</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/record_card.py" line="163" />
        <source>complaint</source>
        <translation>complaint</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/record_card.py" line="164" />
        <source>note</source>
        <translation>note</translation>
    </message>
</context>
<context>
    <name>ReportIncidentDialog</name>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="288" />
        <source>Report incident</source>
        <translation>Report incident</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="291" />
        <location filename="../../seatdesk/ui/dialogs.py" line="311" />
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="293" />
        <source>Suspected leak</source>
        <translation>Suspected leak</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="294" />
        <source>Data leak</source>
        <translation>Data leak</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="295" />
        <source>Device lost or stolen</source>
        <translation>Device lost or stolen</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="296" />
        <source>Unauthorised access</source>
        <translation>Unauthorised access</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="297" />
        <source>Suspicious call or social engineering</source>
        <translation>Suspicious call or social engineering</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="298" />
        <source>Unregistered visitor</source>
        <translation>Unregistered visitor</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="299" />
        <source>Mistake (e.g. number read to the wrong caller)</source>
        <translation>Mistake (e.g. number read to the wrong caller)</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="300" />
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="305" />
        <location filename="../../seatdesk/ui/dialogs.py" line="312" />
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="306" />
        <source>What happened, in one sentence</source>
        <translation>What happened, in one sentence</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="308" />
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="308" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="322" />
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
        <location filename="../../seatdesk/ui/dialogs.py" line="60" />
        <source>Reveal — reason</source>
        <translation>Reveal — reason</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="63" />
        <location filename="../../seatdesk/ui/dialogs.py" line="80" />
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="68" />
        <location filename="../../seatdesk/ui/dialogs.py" line="81" />
        <source>Explanation</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="70" />
        <source>The value is shown for a few seconds and the reveal is recorded.</source>
        <translation>The value is shown for a few seconds and the reveal is recorded.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="73" />
        <source>No call with this customer is active: explain why, the reveal is flagged.</source>
        <translation>No call with this customer is active: explain why, the reveal is flagged.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="82" />
        <source>Reveal</source>
        <translation>Reveal</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="82" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="92" />
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
        <location filename="../../seatdesk/ui/dialogs.py" line="164" />
        <source>Verify without revealing</source>
        <translation>Verify without revealing</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="169" />
        <source>Field to verify</source>
        <translation>Field to verify</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="178" />
        <source>What the caller gives</source>
        <translation>What the caller gives</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="181" />
        <source>What the caller says</source>
        <translation>What the caller says</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="187" />
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="190" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="194" />
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="195" />
        <source>Caller gives</source>
        <translation>Caller gives</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="196" />
        <source>Caller says</source>
        <translation>Caller says</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="207" />
        <source>the full value</source>
        <translation>the full value</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="208" />
        <source>the last 6 characters</source>
        <translation>the last 6 characters</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="209" />
        <source>the last 4 digits</source>
        <translation>the last 4 digits</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="219" />
        <source>%1 attempt(s) left on this call</source>
        <translation>%1 attempt(s) left on this call</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="234" />
        <source>%1 attempt(s) left</source>
        <translation>%1 attempt(s) left</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="236" />
        <source>Nothing stored to compare with</source>
        <translation>Nothing stored to compare with</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="238" />
        <source>Match</source>
        <translation>Match</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="240" />
        <source>No match — check locked for this call</source>
        <translation>No match — check locked for this call</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="242" />
        <source>No match</source>
        <translation>No match</translation>
    </message>
</context>
</TS>