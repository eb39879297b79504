<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../seatdesk/ui/admin_window.py" line="53" />
        <source>Reset password</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/admin_window.py" line="53" />
        <source>Add account</source>
        <translation>Add account</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/admin_window.py" line="72" />
        <source>Staff ID</source>
        <translation>Staff ID</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/admin_window.py" line="74" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/admin_window.py" line="75" />
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/admin_window.py" line="78" />
        <source>An account that may see customer data needs a security officer here: they type their staff ID and password, and the first password, which they hand to the person. The admin does not learn it.</source>
        <translation>An account that may see customer data needs a security officer here: they type their staff ID and password, and the first password, which they hand to the person. The admin does not learn it.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/admin_window.py" line="85" />
        <source>Approving officer</source>
        <translation>Approving officer</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/admin_window.py" line="86" />
        <source>Officer's password</source>
        <translation>Officer's password</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/admin_window.py" line="87" />
        <source>First password</source>
        <translation>First password</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/admin_window.py" line="88" />
        <source>Repeat it</source>
        <translation>Repeat it</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/admin_window.py" line="90" />
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/admin_window.py" line="90" />
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/admin_window.py" line="90" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/admin_window.py" line="110" />
        <source>Give the staff ID.</source>
        <translation>Give the staff ID.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/admin_window.py" line="112" />
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/admin_window.py" line="114" />
        <source>This account may see customer data: an officer approves.</source>
        <translation>This account may see customer data: an officer approves.</translation>
    </message>
</context>
<context>
    <name>AddPartnerDialog</name>
    <message>
        <location filename="../../seatdesk/ui/partner_register.py" line="69" />
        <source>Register a partner's agreement</source>
        <translation>Register a partner's agreement</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/partner_register.py" line="74" />
        <location filename="../../seatdesk/ui/partner_register.py" line="99" />
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/partner_register.py" line="75" />
        <location filename="../../seatdesk/ui/partner_register.py" line="100" />
        <source>Agreement number</source>
        <translation>Agreement number</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/partner_register.py" line="82" />
        <location filename="../../seatdesk/ui/partner_register.py" line="103" />
        <source>Purposes</source>
        <translation>Purposes</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/partner_register.py" line="83" />
        <source>Separated by semicolons: 监管报送; 投诉复核</source>
        <translation>Separated by semicolons: 监管报送; 投诉复核</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/partner_register.py" line="92" />
        <location filename="../../seatdesk/ui/partner_register.py" line="105" />
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/partner_register.py" line="93" />
        <location filename="../../seatdesk/ui/partner_register.py" line="121" />
        <source>Add a signed copy…</source>
        <translation>Add a signed copy…</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/partner_register.py" line="96" />
        <source>None: only its name, size and SHA-256 are kept.</source>
        <translation>None: only its name, size and SHA-256 are kept.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/partner_register.py" line="101" />
        <source>Signed on</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/partner_register.py" line="102" />
        <source>Expires on</source>
        <translation>Expires on</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/partner_register.py" line="104" />
        <source>Information classes</source>
        <translation>Information classes</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/partner_register.py" line="107" />
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/partner_register.py" line="107" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>AdminWindow</name>
    <message>
        <location filename="../../seatdesk/ui/admin_window.py" line="130" />
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/admin_window.py" line="135" />
        <location filename="../../seatdesk/ui/admin_window.py" line="158" />
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/admin_window.py" line="136" />
        <source>Backups and keys</source>
        <translation>Backups and keys</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/admin_window.py" line="145" />
        <source>Staff ID</source>
        <translation>Staff ID</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/admin_window.py" line="145" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/admin_window.py" line="145" />
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/admin_window.py" line="145" />
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/admin_window.py" line="150" />
        <source>disabled</source>
        <translation>disabled</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/admin_window.py" line="152" />
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/admin_window.py" line="154" />
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/admin_window.py" line="159" />
        <source>Add account…</source>
        <translation>Add account…</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/admin_window.py" line="162" />
        <source>Reset password…</source>
        <translation>Reset password…</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/admin_window.py" line="167" />
        <source>Staff ID to disable</source>
        <translation>Staff ID to disable</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/admin_window.py" line="168" />
        <source>Disable</source>
        <translation>Disable</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/admin_window.py" line="220" />
        <source>Added %1: the password must be changed at first sign-in.</source>
        <translation>Added %1: the password must be changed at first sign-in.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/admin_window.py" line="223" />
        <source>New password for %1: it must be changed at the next sign-in.</source>
        <translation>New password for %1: it must be changed at the next sign-in.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/admin_window.py" line="246" />
        <source>%1 disabled.</source>
        <translation>%1 disabled.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/admin_window.py" line="257" />
        <location filename="../../seatdesk/ui/admin_window.py" line="295" />
        <source>Back up now…</source>
        <translation>Back up now…</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/admin_window.py" line="278" />
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/admin_window.py" line="279" />
        <source>Last backup: %1</source>
        <translation>Last backup: %1</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/admin_window.py" line="281" />
        <source>a backup is due</source>
        <translation>a backup is due</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/admin_window.py" line="285" />
        <source>Keys: the device secret is in this computer's keyring.</source>
        <translation>Keys: the device secret is in this computer's keyring.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/admin_window.py" line="288" />
        <source>Keys: no device secret (key storage none). The vault is protected by passwords alone.</source>
        <translation>Keys: no device secret (key storage none). The vault is protected by passwords alone.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/admin_window.py" line="308" />
        <source>Backup written and checked: %1 (%2 customers)</source>
        <translation>Backup written and checked: %1 (%2 customers)</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="308" />
        <source>Confidentiality agreement</source>
        <translation>Confidentiality agreement</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="313" />
        <source>I have read the agreement and accept it</source>
        <translation>I have read the agreement and accept it</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="317" />
        <location filename="../../seatdesk/ui/dialogs.py" line="318" />
        <source>Type your staff ID to confirm</source>
        <translation>Type your staff ID to confirm</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="319" />
        <source>Accept</source>
        <translation>Accept</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="319" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ApprovalAsk</name>
    <message>
        <location filename="../../seatdesk/ui/approval_ask.py" line="41" />
        <source>Asked through the hall at %1: waiting for an approver to come.</source>
        <translation>Asked through the hall at %1: waiting for an approver to come.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/approval_ask.py" line="44" />
        <source>%2 is coming to this seat (asked at %1).</source>
        <translation>%2 is coming to this seat (asked at %1).</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/approval_ask.py" line="45" />
        <source>%2 declined: %3</source>
        <translation>%2 declined: %3</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/approval_ask.py" line="46" />
        <source>The request asked at %1 expired: ask again, or sign here.</source>
        <translation>The request asked at %1 expired: ask again, or sign here.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/approval_ask.py" line="49" />
        <source>The request was cancelled.</source>
        <translation>The request was cancelled.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/approval_ask.py" line="50" />
        <source>Authorised at this seat.</source>
        <translation>Authorised at this seat.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/approval_ask.py" line="68" />
        <source>Ask the security officer through the hall</source>
        <translation>Ask the security officer through the hall</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/approval_ask.py" line="70" />
        <source>Ask a supervisor through the hall</source>
        <translation>Ask a supervisor through the hall</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/approval_ask.py" line="74" />
        <source>Cancel the request</source>
        <translation>Cancel the request</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/approval_ask.py" line="79" />
        <source>Or ask through the hall: the approver sees it at their seat, comes here and signs at this seat. No key and no customer value leaves this seat.</source>
        <translation>Or ask through the hall: the approver sees it at their seat, comes here and signs at this seat. No key and no customer value leaves this seat.</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="117" />
        <source>Authorisation at the seat</source>
        <translation>Authorisation at the seat</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="124" />
        <source>This export needs the authorisation of a %1. They enter their staff ID and password here.</source>
        <translation>This export needs the authorisation of a %1. They enter their staff ID and password here.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="129" />
        <source>This reveal needs the authorisation of a %1. They enter their staff ID and password here.</source>
        <translation>This reveal needs the authorisation of a %1. They enter their staff ID and password here.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="137" />
        <source>Approver staff ID</source>
        <translation>Approver staff ID</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="141" />
        <source>Approver password</source>
        <translation>Approver password</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="144" />
        <source>Staff ID</source>
        <translation>Staff ID</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="145" />
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="146" />
        <source>Authorise</source>
        <translation>Authorise</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="146" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ApprovalsWindow</name>
    <message>
        <location filename="../../seatdesk/ui/approvals_window.py" line="37" />
        <source>Approvals</source>
        <translation>Approvals</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/approvals_window.py" line="47" />
        <source>Asked by</source>
        <translation>Asked by</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/approvals_window.py" line="48" />
        <source>Seat</source>
        <translation>Seat</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/approvals_window.py" line="49" />
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/approvals_window.py" line="50" />
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/approvals_window.py" line="51" />
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/approvals_window.py" line="52" />
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/approvals_window.py" line="53" />
        <source>Waiting since</source>
        <translation>Waiting since</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/approvals_window.py" line="54" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/approvals_window.py" line="65" />
        <source>Requests of the hall that your role may approve. The approval is signed at the agent's seat: go there, and type your staff ID and password in their dialog. No key travels through the hall.</source>
        <translation>Requests of the hall that your role may approve. The approval is signed at the agent's seat: go there, and type your staff ID and password in their dialog. No key travels through the hall.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/approvals_window.py" line="73" />
        <source>Approval requests</source>
        <translation>Approval requests</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/approvals_window.py" line="78" />
        <source>On my way</source>
        <translation>On my way</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/approvals_window.py" line="83" />
        <source>Why the request is declined</source>
        <translation>Why the request is declined</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/approvals_window.py" line="84" />
        <source>Reason for declining</source>
        <translation>Reason for declining</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/approvals_window.py" line="85" />
        <source>Decline</source>
        <translation>Decline</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/approvals_window.py" line="120" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/approvals_window.py" line="122" />
        <source>%1 is on the way</source>
        <translation>%1 is on the way</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/approvals_window.py" line="124" />
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/approvals_window.py" line="159" />
        <source>%1 waiting for an approver, %2 in all</source>
        <translation>%1 waiting for an approver, %2 in all</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/approvals_window.py" line="171" />
        <source>Choose a request first.</source>
        <translation>Choose a request first.</translation>
    </message>
</context>
<context>
    <name>Assessment</name>
    <message>
        <location filename="../../seatdesk/ui/training_dialog.py" line="38" />
        <source>Confidentiality assessment</source>
        <translation>Confidentiality assessment</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/training_dialog.py" line="44" />
        <source>%1: answer every question; %2 out of 100 passes. Your answers are graded and recorded when you submit.</source>
        <translation>%1: answer every question; %2 out of 100 passes. Your answers are graded and recorded when you submit.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/training_dialog.py" line="88" />
        <source>Submit answers</source>
        <translation>Submit answers</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/training_dialog.py" line="92" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/training_dialog.py" line="113" />
        <source>%1 question(s) not answered yet.</source>
        <translation>%1 question(s) not answered yet.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/training_dialog.py" line="126" />
        <source>Score %1: passed. Valid until %2.</source>
        <translation>Score %1: passed. Valid until %2.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/training_dialog.py" line="133" />
        <source>Score %1: not passed (%2 needed). Read the confidentiality rules again and retake the assessment.</source>
        <translation>Score %1: not passed (%2 needed). Read the confidentiality rules again and retake the assessment.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/training_dialog.py" line="159" />
        <source>Your confidentiality training (%1) lapsed on %2: pass the assessment (Security menu) within the grace days, or customer data closes.</source>
        <translation>Your confidentiality training (%1) lapsed on %2: pass the assessment (Security menu) within the grace days, or customer data closes.</translation>
    </message>
</context>
<context>
    <name>AssessmentRegister</name>
    <message>
        <location filename="../../seatdesk/ui/assessment_register.py" line="44" />
        <source>Sensitive personal information</source>
        <translation>Sensitive personal information</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/assessment_register.py" line="45" />
        <source>Automated decision-making</source>
        <translation>Automated decision-making</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/assessment_register.py" line="46" />
        <source>Entrusting, providing to others, disclosing</source>
        <translation>Entrusting, providing to others, disclosing</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/assessment_register.py" line="49" />
        <source>Providing abroad</source>
        <translation>Providing abroad</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/assessment_register.py" line="50" />
        <source>Other processing with major impact</source>
        <translation>Other processing with major impact</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/assessment_register.py" line="56" />
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/assessment_register.py" line="57" />
        <source>Approved with measures</source>
        <translation>Approved with measures</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/assessment_register.py" line="58" />
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/assessment_register.py" line="65" />
        <source>Impact assessments: none due for review or missing.</source>
        <translation>Impact assessments: none due for review or missing.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/assessment_register.py" line="70" />
        <source>%1: review due (%2, %3)</source>
        <translation>%1: review due (%2, %3)</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/assessment_register.py" line="75" />
        <source>%1: no assessment</source>
        <translation>%1: no assessment</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/assessment_register.py" line="80" />
        <source>Impact assessments: %1</source>
        <translation>Impact assessments: %1</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/assessment_register.py" line="87" />
        <location filename="../../seatdesk/ui/assessment_register.py" line="113" />
        <source>Impact assessments</source>
        <translation>Impact assessments</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/assessment_register.py" line="101" />
        <source>Ref</source>
        <translation>Ref</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/assessment_register.py" line="102" />
        <source>Assessed</source>
        <translation>Assessed</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/assessment_register.py" line="103" />
        <location filename="../../seatdesk/ui/assessment_register.py" line="159" />
        <source>Art. 55 case</source>
        <translation>Art. 55 case</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/assessment_register.py" line="104" />
        <location filename="../../seatdesk/ui/assessment_register.py" line="160" />
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/assessment_register.py" line="105" />
        <location filename="../../seatdesk/ui/assessment_register.py" line="163" />
        <source>Next review</source>
        <translation>Next review</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/assessment_register.py" line="106" />
        <location filename="../../seatdesk/ui/assessment_register.py" line="158" />
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/assessment_register.py" line="132" />
        <source>What processing</source>
        <translation>What processing</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/assessment_register.py" line="146" />
        <location filename="../../seatdesk/ui/assessment_register.py" line="254" />
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/assessment_register.py" line="147" />
        <source>Choose file…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/assessment_register.py" line="149" />
        <source>Record assessment</source>
        <translation>Record assessment</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/assessment_register.py" line="157" />
        <source>Assessed on</source>
        <translation>Assessed on</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/assessment_register.py" line="161" />
        <source>Measures</source>
        <translation>Measures</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/assessment_register.py" line="162" />
        <source>Reviewer</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/assessment_register.py" line="164" />
        <source>Signed report (SHA-256)</source>
        <translation>Signed report (SHA-256)</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/assessment_register.py" line="180" />
        <source>%1 (review due)</source>
        <translation>%1 (review due)</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/assessment_register.py" line="206" />
        <source>%1 · measures: %2 · reviewer: %3 · report SHA-256: %4 · kept until %5</source>
        <translation>%1 · measures: %2 · reviewer: %3 · report SHA-256: %4 · kept until %5</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/assessment_register.py" line="220" />
        <source>Signed report</source>
        <translation>Signed report</translation>
    </message>
</context>
<context>
    <name>AuditViewerWindow</name>
    <message>
        <location filename="../../seatdesk/ui/audit_viewer.py" line="50" />
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_viewer.py" line="53" />
        <source>Search the log</source>
        <translation>Search the log</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_viewer.py" line="54" />
        <location filename="../../seatdesk/ui/audit_viewer.py" line="242" />
        <source>Who saw this customer</source>
        <translation>Who saw this customer</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_viewer.py" line="64" />
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_viewer.py" line="65" />
        <source>denied</source>
        <translation>denied</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_viewer.py" line="66" />
        <source>locked</source>
        <translation>locked</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_viewer.py" line="67" />
        <source>skipped</source>
        <translation>skipped</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_viewer.py" line="68" />
        <source>no match</source>
        <translation>no match</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_viewer.py" line="69" />
        <source>match</source>
        <translation>match</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_viewer.py" line="70" />
        <source>checked</source>
        <translation>checked</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_viewer.py" line="71" />
        <source>started</source>
        <translation>started</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_viewer.py" line="72" />
        <source>nothing to compare</source>
        <translation>nothing to compare</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_viewer.py" line="85" />
        <source>Staff ID</source>
        <translation>Staff ID</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_viewer.py" line="88" />
        <source>e.g. record.reveal, or record. for all</source>
        <translation>e.g. record.reveal, or record. for all</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_viewer.py" line="91" />
        <source>Customer number, call, pass…</source>
        <translation>Customer number, call, pass…</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_viewer.py" line="94" />
        <source>Phone number searched or calling</source>
        <translation>Phone number searched or calling</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_viewer.py" line="98" />
        <source>any</source>
        <translation>any</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_viewer.py" line="106" />
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_viewer.py" line="115" />
        <location filename="../../seatdesk/ui/audit_viewer.py" line="219" />
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_viewer.py" line="116" />
        <location filename="../../seatdesk/ui/audit_viewer.py" line="220" />
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_viewer.py" line="117" />
        <location filename="../../seatdesk/ui/audit_viewer.py" line="221" />
        <source>Seat</source>
        <translation>Seat</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_viewer.py" line="118" />
        <location filename="../../seatdesk/ui/audit_viewer.py" line="222" />
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_viewer.py" line="119" />
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_viewer.py" line="120" />
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_viewer.py" line="121" />
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_viewer.py" line="136" />
        <source>Audit entries</source>
        <translation>Audit entries</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_viewer.py" line="141" />
        <source>Who, what, on whom</source>
        <translation>Who, what, on whom</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_viewer.py" line="148" />
        <source>From, to (hall's days)</source>
        <translation>From, to (hall's days)</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_viewer.py" line="182" />
        <source>%1 entries, newest first</source>
        <translation>%1 entries, newest first</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_viewer.py" line="194" />
        <source>viewed</source>
        <translation>viewed</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_viewer.py" line="195" />
        <source>verified</source>
        <translation>verified</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_viewer.py" line="196" />
        <source>revealed</source>
        <translation>revealed</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_viewer.py" line="197" />
        <source>masked</source>
        <translation>masked</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_viewer.py" line="198" />
        <source>in clear</source>
        <translation>in clear</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_viewer.py" line="204" />
        <source>Customer number</source>
        <translation>Customer number</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_viewer.py" line="209" />
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_viewer.py" line="210" />
        <source>Who saw</source>
        <translation>Who saw</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_viewer.py" line="223" />
        <source>Fields</source>
        <translation>Fields</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_viewer.py" line="224" />
        <source>Shown</source>
        <translation>Shown</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_viewer.py" line="225" />
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_viewer.py" line="226" />
        <source>Approver</source>
        <translation>Approver</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_viewer.py" line="268" />
        <source>%1 looks by %2 people (%3), %4 of them revealed a value</source>
        <translation>%1 looks by %2 people (%3), %4 of them revealed a value</translation>
    </message>
</context>
<context>
    <name>AuditWords</name>
    <message>
        <location filename="../../seatdesk/ui/audit_words.py" line="16" />
        <source>Signed in</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_words.py" line="17" />
        <source>Sign-in failed</source>
        <translation>Sign-in failed</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_words.py" line="18" />
        <source>Signed in with the recovery key</source>
        <translation>Signed in with the recovery key</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_words.py" line="19" />
        <source>Signed out</source>
        <translation>Signed out</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_words.py" line="20" />
        <source>Accepted the confidentiality agreement</source>
        <translation>Accepted the confidentiality agreement</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_words.py" line="21" />
        <source>Seat locked</source>
        <translation>Seat locked</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_words.py" line="22" />
        <source>Seat unlocked</source>
        <translation>Seat unlocked</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_words.py" line="23" />
        <source>Copy or capture blocked</source>
        <translation>Copy or capture blocked</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_words.py" line="24" />
        <source>Capture attempt noticed</source>
        <translation>Capture attempt noticed</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_words.py" line="25" />
        <source>Searched customers</source>
        <translation>Searched customers</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_words.py" line="26" />
        <source>Viewed a customer</source>
        <translation>Viewed a customer</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_words.py" line="27" />
        <source>Revealed a value</source>
        <translation>Revealed a value</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_words.py" line="28" />
        <source>Verified a value</source>
        <translation>Verified a value</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_words.py" line="29" />
        <source>Contact recorded</source>
        <translation>Contact recorded</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_words.py" line="30" />
        <source>Consent withdrawn</source>
        <translation>Consent withdrawn</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_words.py" line="31" />
        <source>Exported customers</source>
        <translation>Exported customers</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_words.py" line="32" />
        <source>Export refused (no covering agreement)</source>
        <translation>Export refused (no covering agreement)</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_words.py" line="33" />
        <source>Partner agreement registered</source>
        <translation>Partner agreement registered</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_words.py" line="34" />
        <source>Partner agreement ended early</source>
        <translation>Partner agreement ended early</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_words.py" line="35" />
        <source>Partner register written as PDF</source>
        <translation>Partner register written as PDF</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_words.py" line="36" />
        <source>Partner register written as CSV</source>
        <translation>Partner register written as CSV</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_words.py" line="37" />
        <source>Retention purge</source>
        <translation>Retention purge</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_words.py" line="38" />
        <source>Authorisation at the seat</source>
        <translation>Authorisation at the seat</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_words.py" line="39" />
        <source>Asked for an approver through the hall</source>
        <translation>Asked for an approver through the hall</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_words.py" line="40" />
        <source>Gave the hall the 一类 verifiers</source>
        <translation>Gave the hall the 一类 verifiers</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_words.py" line="41" />
        <source>On the way to an approval request</source>
        <translation>On the way to an approval request</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_words.py" line="42" />
        <source>Approval request declined</source>
        <translation>Approval request declined</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_words.py" line="43" />
        <source>Approval request cancelled</source>
        <translation>Approval request cancelled</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_words.py" line="44" />
        <source>Approval request expired</source>
        <translation>Approval request expired</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_words.py" line="45" />
        <source>Approval request granted at the seat</source>
        <translation>Approval request granted at the seat</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_words.py" line="46" />
        <source>Call started</source>
        <translation>Call started</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_words.py" line="47" />
        <source>Call linked to a customer</source>
        <translation>Call linked to a customer</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_words.py" line="48" />
        <source>Call ended</source>
        <translation>Call ended</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_words.py" line="49" />
        <source>Call wrap-up</source>
        <translation>Call wrap-up</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_words.py" line="50" />
        <source>Incident reported</source>
        <translation>Incident reported</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_words.py" line="51" />
        <source>Visitor registered</source>
        <translation>Visitor registered</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_words.py" line="52" />
        <source>Visitor signed in</source>
        <translation>Visitor signed in</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_words.py" line="53" />
        <source>Visitor signed out</source>
        <translation>Visitor signed out</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_words.py" line="54" />
        <source>Visitor board opened</source>
        <translation>Visitor board opened</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_words.py" line="55" />
        <source>Account added</source>
        <translation>Account added</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_words.py" line="56" />
        <source>Password changed or reset</source>
        <translation>Password changed or reset</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_words.py" line="57" />
        <source>Role changed</source>
        <translation>Role changed</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_words.py" line="58" />
        <source>Backup written</source>
        <translation>Backup written</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_words.py" line="59" />
        <source>Audit log searched</source>
        <translation>Audit log searched</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_words.py" line="60" />
        <source>Who saw this customer</source>
        <translation>Who saw this customer</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_words.py" line="61" />
        <source>Audit log exported</source>
        <translation>Audit log exported</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_words.py" line="62" />
        <location filename="../../seatdesk/ui/audit_words.py" line="83" />
        <source>Access review</source>
        <translation>Access review</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_words.py" line="63" />
        <source>Audit retention purge</source>
        <translation>Audit retention purge</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_words.py" line="64" />
        <source>Entries purged before here</source>
        <translation>Entries purged before here</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_words.py" line="70" />
        <source>Customer record</source>
        <translation>Customer record</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_words.py" line="71" />
        <source>Approval request</source>
        <translation>Approval request</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_words.py" line="72" />
        <source>Customer records</source>
        <translation>Customer records</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_words.py" line="73" />
        <source>Customer data</source>
        <translation>Customer data</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_words.py" line="74" />
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_words.py" line="75" />
        <source>Visitor register</source>
        <translation>Visitor register</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_words.py" line="76" />
        <source>Watch list</source>
        <translation>Watch list</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_words.py" line="77" />
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_words.py" line="78" />
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_words.py" line="79" />
        <source>Sign-in protection</source>
        <translation>Sign-in protection</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_words.py" line="80" />
        <source>Vault</source>
        <translation>Vault</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_words.py" line="81" />
        <source>Hall</source>
        <translation>Hall</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_words.py" line="82" />
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_words.py" line="84" />
        <source>Impact assessments</source>
        <translation>Impact assessments</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_words.py" line="85" />
        <source>Seat</source>
        <translation>Seat</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_words.py" line="86" />
        <source>Guards</source>
        <translation>Guards</translation>
    </message>
</context>
<context>
    <name>CallBar</name>
    <message>
        <location filename="../../seatdesk/ui/call_bar.py" line="32" />
        <location filename="../../seatdesk/ui/call_bar.py" line="78" />
        <source>No active call</source>
        <translation>No active call</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/call_bar.py" line="34" />
        <source>End call</source>
        <translation>End call</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/call_bar.py" line="38" />
        <source>Report incident</source>
        <translation>Report incident</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/call_bar.py" line="45" />
        <source>Export (masked)…</source>
        <translation>Export (masked)…</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/call_bar.py" line="52" />
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/call_bar.py" line="75" />
        <source>Call in progress</source>
        <translation>Call in progress</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/call_bar.py" line="83" />
        <source>not identified</source>
        <translation>not identified</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/call_bar.py" line="85" />
        <source>Active call %1 · %2 · customer %3</source>
        <translation>Active call %1 · %2 · customer %3</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../seatdesk/ui/password_dialog.py" line="22" />
        <source>SeatDesk — change your password</source>
        <translation>SeatDesk — change your password</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/password_dialog.py" line="25" />
        <source>Your password was set by an administrator. Choose your own now (at least %1 characters, not your staff ID).</source>
        <translation>Your password was set by an administrator. Choose your own now (at least %1 characters, not your staff ID).</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/password_dialog.py" line="30" />
        <location filename="../../seatdesk/ui/password_dialog.py" line="34" />
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/password_dialog.py" line="31" />
        <location filename="../../seatdesk/ui/password_dialog.py" line="35" />
        <source>Repeat</source>
        <translation>Repeat</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/password_dialog.py" line="36" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/password_dialog.py" line="36" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/password_dialog.py" line="49" />
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>ContainmentDialog</name>
    <message>
        <location filename="../../seatdesk/ui/incident_dialog.py" line="139" />
        <source>Reported — contain it now</source>
        <translation>Reported — contain it now</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_dialog.py" line="140" />
        <source>Reported as %1. Stop the harm now:</source>
        <translation>Reported as %1. Stop the harm now:</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_dialog.py" line="141" />
        <source>Lock this seat now</source>
        <translation>Lock this seat now</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_dialog.py" line="146" />
        <source>Staff IDs whose password must change</source>
        <translation>Staff IDs whose password must change</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_dialog.py" line="148" />
        <source>Staff IDs whose password must change, e.g. A1001, A1002</source>
        <translation>Staff IDs whose password must change, e.g. A1001, A1002</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_dialog.py" line="151" />
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>DeskApp</name>
    <message>
        <location filename="../../seatdesk/ui/desk_app.py" line="167" />
        <source>SeatDesk is already running for this user; it has been brought to the front.</source>
        <translation>SeatDesk is already running for this user; it has been brought to the front.</translation>
    </message>
</context>
<context>
    <name>DeskMenu</name>
    <message>
        <location filename="../../seatdesk/ui/desk_menu.py" line="67" />
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/desk_menu.py" line="71" />
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
</context>
<context>
    <name>DeskPage</name>
    <message>
        <location filename="../../seatdesk/ui/desk_page.py" line="79" />
        <location filename="../../seatdesk/ui/desk_page.py" line="83" />
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/desk_page.py" line="80" />
        <source>Phone number, customer number or name</source>
        <translation>Phone number, customer number or name</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/desk_page.py" line="87" />
        <source>Search results</source>
        <translation>Search results</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/desk_page.py" line="99" />
        <source>Caller</source>
        <translation>Caller</translation>
    </message>
</context>
<context>
    <name>DeskPrompts</name>
    <message>
        <location filename="../../seatdesk/ui/desk_prompts.py" line="21" />
        <source>Consent withdrawn</source>
        <translation>Consent withdrawn</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/desk_prompts.py" line="22" />
        <source>Record that customer %1 withdraws consent? The record will be deleted at the next retention purge.</source>
        <translation>Record that customer %1 withdraws consent? The record will be deleted at the next retention purge.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/desk_prompts.py" line="34" />
        <source>%1 customer(s) are due for deletion: run the retention purge.</source>
        <translation>%1 customer(s) are due for deletion: run the retention purge.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/desk_prompts.py" line="39" />
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/desk_prompts.py" line="41" />
        <source>No recent backup (last: %1): back up now under Administration.</source>
        <translation>No recent backup (last: %1): back up now under Administration.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/desk_prompts.py" line="52" />
        <source>copying</source>
        <translation>copying</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/desk_prompts.py" line="53" />
        <source>cutting</source>
        <translation>cutting</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/desk_prompts.py" line="54" />
        <source>selecting all</source>
        <translation>selecting all</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/desk_prompts.py" line="55" />
        <source>printing</source>
        <translation>printing</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/desk_prompts.py" line="56" />
        <source>the context menu</source>
        <translation>the context menu</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/desk_prompts.py" line="57" />
        <source>dragging</source>
        <translation>dragging</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/desk_prompts.py" line="58" />
        <source>dropping</source>
        <translation>dropping</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/desk_prompts.py" line="59" />
        <source>the clipboard</source>
        <translation>the clipboard</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/desk_prompts.py" line="64" />
        <source>another way out</source>
        <translation>another way out</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/desk_prompts.py" line="65" />
        <source>Blocked: customer data cannot leave the seat (%1). The attempt was recorded.</source>
        <translation>Blocked: customer data cannot leave the seat (%1). The attempt was recorded.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/desk_prompts.py" line="72" />
        <source>Printing customer data is not allowed; the attempt was recorded.</source>
        <translation>Printing customer data is not allowed; the attempt was recorded.</translation>
    </message>
</context>
<context>
    <name>DeskStatus</name>
    <message>
        <location filename="../../seatdesk/ui/desk_status.py" line="29" />
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/desk_status.py" line="30" />
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/desk_status.py" line="31" />
        <source>Security officer</source>
        <translation>Security officer</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/desk_status.py" line="32" />
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/desk_status.py" line="35" />
        <source>Signed in: %1 (%2) · seat %3</source>
        <translation>Signed in: %1 (%2) · seat %3</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/desk_status.py" line="45" />
        <source>Policy %1</source>
        <translation>Policy %1</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/desk_status.py" line="48" />
        <source>Policy in force: %1</source>
        <translation>Policy in force: %1</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/desk_status.py" line="56" />
        <source>No device secret</source>
        <translation>No device secret</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/desk_status.py" line="57" />
        <source>No device secret: weaker key protection</source>
        <translation>No device secret: weaker key protection</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/desk_status.py" line="68" />
        <source>Screen capture blocked</source>
        <translation>Screen capture blocked</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/desk_status.py" line="71" />
        <source>Screen capture not blocked</source>
        <translation>Screen capture not blocked</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/desk_status.py" line="73" />
        <source>strict masking</source>
        <translation>strict masking</translation>
    </message>
</context>
<context>
    <name>DeskWindow</name>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="81" />
        <source>SeatDesk — customer desk</source>
        <translation>SeatDesk — customer desk</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="136" />
        <source>Administrators see no customer data.</source>
        <translation>Administrators see no customer data.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/desk_actions.py" line="53" />
        <location filename="../../seatdesk/ui/main_window.py" line="154" />
        <source>Sign out (next person)</source>
        <translation>Sign out (next person)</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="156" />
        <source>Shift handover: sign out and let the next person sign in</source>
        <translation>Shift handover: sign out and let the next person sign in</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/desk_actions.py" line="40" />
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/desk_actions.py" line="40" />
        <source>Seat</source>
        <translation>Seat</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/desk_actions.py" line="41" />
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/desk_actions.py" line="42" />
        <source>Security</source>
        <translation>Security</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/desk_actions.py" line="45" />
        <source>End call</source>
        <translation>End call</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/desk_actions.py" line="50" />
        <source>Lock the seat</source>
        <translation>Lock the seat</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/desk_actions.py" line="59" />
        <source>Find a caller</source>
        <translation>Find a caller</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/desk_actions.py" line="63" />
        <source>Verify a value</source>
        <translation>Verify a value</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/desk_actions.py" line="68" />
        <source>Export (masked)…</source>
        <translation>Export (masked)…</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/desk_actions.py" line="73" />
        <source>Report incident</source>
        <translation>Report incident</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/desk_actions.py" line="80" />
        <source>Confidentiality training…</source>
        <translation>Confidentiality training…</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/desk_actions.py" line="88" />
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/desk_actions.py" line="93" />
        <source>Approvals…</source>
        <translation>Approvals…</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/desk_actions.py" line="101" />
        <source>Audit log…</source>
        <translation>Audit log…</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/desk_actions.py" line="116" />
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/desk_actions.py" line="117" />
        <source>Accounts and backups…</source>
        <translation>Accounts and backups…</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/desk_actions.py" line="132" />
        <source>Access review and purge…</source>
        <translation>Access review and purge…</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="216" />
        <source>Tools</source>
        <translation>Tools</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="290" />
        <source>Your role may not search customer records.</source>
        <translation>Your role may not search customer records.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="298" />
        <source>More than %1 customers match: type more of the name.</source>
        <translation>More than %1 customers match: type more of the name.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="306" />
        <source>No customer matches. New caller?</source>
        <translation>No customer matches. New caller?</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="312" />
        <source>%1 customers match: choose the caller.</source>
        <translation>%1 customers match: choose the caller.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="347" />
        <source>A call is waiting.</source>
        <translation>A call is waiting.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="448" />
        <source>SeatDesk</source>
        <translation>SeatDesk</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="446" />
        <source>Too many wrong passwords: you are signed out.</source>
        <translation>Too many wrong passwords: you are signed out.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="453" />
        <source>Wrong password.</source>
        <translation>Wrong password.</translation>
    </message>
</context>
<context>
    <name>DialogKit</name>
    <message>
        <location filename="../../seatdesk/ui/dialog_kit.py" line="88" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialog_kit.py" line="95" />
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialog_kit.py" line="96" />
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>DoorSection</name>
    <message>
        <location filename="../../seatdesk/ui/visitors/door.py" line="31" />
        <source>At the door</source>
        <translation>At the door</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/door.py" line="34" />
        <location filename="../../seatdesk/ui/visitors/door.py" line="69" />
        <source>Badge number</source>
        <translation>Badge number</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/door.py" line="35" />
        <location filename="../../seatdesk/ui/visitors/door.py" line="70" />
        <source>Escort</source>
        <translation>Escort</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/door.py" line="39" />
        <location filename="../../seatdesk/ui/visitors/door.py" line="71" />
        <source>Expected departure</source>
        <translation>Expected departure</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/door.py" line="45" />
        <source>(kept at the door)</source>
        <translation>(kept at the door)</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/door.py" line="51" />
        <source>Devices not allowed in were taken at the door</source>
        <translation>Devices not allowed in were taken at the door</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/door.py" line="54" />
        <source>Show the confidentiality notice…</source>
        <translation>Show the confidentiality notice…</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/door.py" line="57" />
        <source>Visitor types their name</source>
        <translation>Visitor types their name</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/door.py" line="60" />
        <source>Signed paper form no.</source>
        <translation>Signed paper form no.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/door.py" line="62" />
        <source>Name typed by the visitor</source>
        <translation>Name typed by the visitor</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/door.py" line="63" />
        <source>Paper form number</source>
        <translation>Paper form number</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/door.py" line="72" />
        <source>Devices</source>
        <translation>Devices</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/door.py" line="125" />
        <source>Allowed into the hall: %1. The hall closes at %2: whoever is still in is signed out and flagged. Overstays show in red %3 minutes after the expected departure.</source>
        <translation>Allowed into the hall: %1. The hall closes at %2: whoever is still in is signed out and flagged. Overstays show in red %3 minutes after the expected departure.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/door.py" line="129" />
        <source>no devices</source>
        <translation>no devices</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="18" />
        <source>You cannot authorise your own request.</source>
        <translation>You cannot authorise your own request.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="19" />
        <source>There is no hall to ask through: the approver signs at this seat.</source>
        <translation>There is no hall to ask through: the approver signs at this seat.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="22" />
        <source>This approval request is closed already.</source>
        <translation>This approval request is closed already.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="23" />
        <source>Another approver is on the way already.</source>
        <translation>Another approver is on the way already.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="24" />
        <source>Your role may not act on this request.</source>
        <translation>Your role may not act on this request.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="25" />
        <source>Say why the request is declined.</source>
        <translation>Say why the request is declined.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="26" />
        <source>%approver may not authorise this request.</source>
        <translation>%approver may not authorise this request.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="27" />
        <source>%approver has not accepted the confidentiality agreement: they accept it at their own sign-in first, then authorise.</source>
        <translation>%approver has not accepted the confidentiality agreement: they accept it at their own sign-in first, then authorise.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="33" />
        <source>Your role may not reveal this field for this customer.</source>
        <translation>Your role may not reveal this field for this customer.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="36" />
        <source>Your reveals for this hour are used up.</source>
        <translation>Your reveals for this hour are used up.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="37" />
        <source>Choose a reason for the reveal.</source>
        <translation>Choose a reason for the reveal.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="38" />
        <source>A reveal outside a call with this customer needs an explanation.</source>
        <translation>A reveal outside a call with this customer needs an explanation.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="41" />
        <source>Nothing is stored in this field.</source>
        <translation>Nothing is stored in this field.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="42" />
        <source>This reveal needs an authorisation.</source>
        <translation>This reveal needs an authorisation.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="43" />
        <source>This value is sealed for a key that neither your account nor the approver's holds.</source>
        <translation>This value is sealed for a key that neither your account nor the approver's holds.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="47" />
        <source>Type what the caller says first.</source>
        <translation>Type what the caller says first.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="48" />
        <source>This value is verified by the hall, and this seat has none.</source>
        <translation>This value is verified by the hall, and this seat has none.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="51" />
        <source>The hall checks these answers, and it cannot be reached: nothing was compared. Try again when the hall is back.</source>
        <translation>The hall checks these answers, and it cannot be reached: nothing was compared. Try again when the hall is back.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="56" />
        <source>The hall refuses more checks of this kind from you this hour (the refusal is audited).</source>
        <translation>The hall refuses more checks of this kind from you this hour (the refusal is audited).</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="61" />
        <source>This seat does not hold the hall's data key yet: these answers are checked here once another enrolled seat has been online.</source>
        <translation>This seat does not hold the hall's data key yet: these answers are checked here once another enrolled seat has been online.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="66" />
        <source>This record was masked under other masking rules; it is shown again after a security officer's next sign-in at this seat.</source>
        <translation>This record was masked under other masking rules; it is shown again after a security officer's next sign-in at this seat.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="72" />
        <source>This customer is no longer in the vault.</source>
        <translation>This customer is no longer in the vault.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="73" />
        <source>More than %limit look-ups in a minute: wait a moment (the refusal is audited).</source>
        <translation>More than %limit look-ups in a minute: wait a moment (the refusal is audited).</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="77" />
        <source>Enter a phone number, a customer number or the start of a name.</source>
        <translation>Enter a phone number, a customer number or the start of a name.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="80" />
        <source>The phone system sent something that is not a phone number.</source>
        <translation>The phone system sent something that is not a phone number.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="84" />
        <source>An export needs a supervisor's or security officer's authorisation.</source>
        <translation>An export needs a supervisor's or security officer's authorisation.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="87" />
        <source>An export needs a purpose and a recipient.</source>
        <translation>An export needs a purpose and a recipient.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="88" />
        <source>An export holds between 1 and %max customers.</source>
        <translation>An export holds between 1 and %max customers.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="89" />
        <source>The export names a field the card does not have.</source>
        <translation>The export names a field the card does not have.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="90" />
        <source>The recipient has no confidentiality agreement: the export is refused (and audited).</source>
        <translation>The recipient has no confidentiality agreement: the export is refused (and audited).</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="94" />
        <source>Agreement %agreement is not in force: the export is refused (and audited).</source>
        <translation>Agreement %agreement is not in force: the export is refused (and audited).</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="98" />
        <source>Agreement %agreement does not cover this purpose: the export is refused (and audited).</source>
        <translation>Agreement %agreement does not cover this purpose: the export is refused (and audited).</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="103" />
        <source>Agreement %agreement does not cover the information classes %classes of the exported fields: the export is refused (and audited).</source>
        <translation>Agreement %agreement does not cover the information classes %classes of the exported fields: the export is refused (and audited).</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="109" />
        <source>Give dates as YYYY-MM-DD.</source>
        <translation>Give dates as YYYY-MM-DD.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="110" />
        <source>Give the partner, the agreement number and at least one purpose.</source>
        <translation>Give the partner, the agreement number and at least one purpose.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="113" />
        <source>A text of the register is too long.</source>
        <translation>A text of the register is too long.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="114" />
        <source>Choose the information classes the agreement covers.</source>
        <translation>Choose the information classes the agreement covers.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="117" />
        <source>The agreement cannot expire before it is signed.</source>
        <translation>The agreement cannot expire before it is signed.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="118" />
        <source>This agreement number is already registered.</source>
        <translation>This agreement number is already registered.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="119" />
        <source>No agreement has this number.</source>
        <translation>No agreement has this number.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="120" />
        <source>Say why the agreement ends early.</source>
        <translation>Say why the agreement ends early.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="121" />
        <source>This agreement has already been ended.</source>
        <translation>This agreement has already been ended.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="122" />
        <source>The attachment cannot be read.</source>
        <translation>The attachment cannot be read.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="124" />
        <source>Say in one sentence what happened.</source>
        <translation>Say in one sentence what happened.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="125" />
        <source>Record the finding before closing the incident.</source>
        <translation>Record the finding before closing the incident.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="128" />
        <source>A pay deduction (扣发工资) needs an amount between %low and %high yuan.</source>
        <translation>A pay deduction (扣发工资) needs an amount between %low and %high yuan.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="131" />
        <source>Name the staff member the outcome applies to.</source>
        <translation>Name the staff member the outcome applies to.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="134" />
        <source>The incident is closed.</source>
        <translation>The incident is closed.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="135" />
        <source>The incident must first go to the next step of its workflow.</source>
        <translation>The incident must first go to the next step of its workflow.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="138" />
        <source>Only the security officer moves an incident along.</source>
        <translation>Only the security officer moves an incident along.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="141" />
        <source>A grade other than the suggested one needs a reason.</source>
        <translation>A grade other than the suggested one needs a reason.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="144" />
        <source>Fill every field of this report.</source>
        <translation>Fill every field of this report.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="145" />
        <source>Fill at least one field.</source>
        <translation>Fill at least one field.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="146" />
        <source>Give the time as YYYY-MM-DD HH:MM on the hall's clock.</source>
        <translation>Give the time as YYYY-MM-DD HH:MM on the hall's clock.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="149" />
        <source>No such report on this incident.</source>
        <translation>No such report on this incident.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="151" />
        <source>The document shown does not match the pre-registration.</source>
        <translation>The document shown does not match the pre-registration.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="154" />
        <source>The approver must be a supervisor or a security officer.</source>
        <translation>The approver must be a supervisor or a security officer.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="157" />
        <source>The approver must be someone other than the person registering.</source>
        <translation>The approver must be someone other than the person registering.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="160" />
        <source>The host must be a member of the hall's staff, not the IT admin.</source>
        <translation>The host must be a member of the hall's staff, not the IT admin.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="163" />
        <source>Badge %badge is worn by another visitor in the hall.</source>
        <translation>Badge %badge is worn by another visitor in the hall.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="166" />
        <source>A visitor with this ID number is already in the hall.</source>
        <translation>A visitor with this ID number is already in the hall.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="169" />
        <source>Visitor %ref is not in the hall.</source>
        <translation>Visitor %ref is not in the hall.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="170" />
        <source>This visitor matches the watch list: a security officer must override it.</source>
        <translation>This visitor matches the watch list: a security officer must override it.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="173" />
        <source>The ID number is not valid for this ID type.</source>
        <translation>The ID number is not valid for this ID type.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="174" />
        <source>The mobile is not a mainland mobile number or an international +number.</source>
        <translation>The mobile is not a mainland mobile number or an international +number.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="177" />
        <source>A badge is 1-16 letters, digits or '-'.</source>
        <translation>A badge is 1-16 letters, digits or '-'.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="178" />
        <source>The expected departure must be later than now.</source>
        <translation>The expected departure must be later than now.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="181" />
        <source>The expected departure is after closing time (%time).</source>
        <translation>The expected departure is after closing time (%time).</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="184" />
        <source>The visitor acknowledges the notice by typed name or paper form.</source>
        <translation>The visitor acknowledges the notice by typed name or paper form.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="187" />
        <source>%devices may not enter the hall; hold them at the door first.</source>
        <translation>%devices may not enter the hall; hold them at the door first.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="190" />
        <source>The expected date is in the past.</source>
        <translation>The expected date is in the past.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="191" />
        <source>A visitor is pre-registered at most %days days ahead.</source>
        <translation>A visitor is pre-registered at most %days days ahead.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="195" />
        <source>%field is required.</source>
        <translation>%field is required.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="196" />
        <source>%field: at most %max characters.</source>
        <translation>%field: at most %max characters.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="197" />
        <source>%field contains control characters.</source>
        <translation>%field contains control characters.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="199" />
        <source>The password must have at least %min characters.</source>
        <translation>The password must have at least %min characters.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="202" />
        <source>The password must not be the staff ID.</source>
        <translation>The password must not be the staff ID.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="204" />
        <source>Acknowledge the confidentiality agreement first.</source>
        <translation>Acknowledge the confidentiality agreement first.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="207" />
        <source>Type your own staff ID to confirm the agreement.</source>
        <translation>Type your own staff ID to confirm the agreement.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="210" />
        <location filename="../../seatdesk/ui/error_text.py" line="277" />
        <source>Change your initial password first.</source>
        <translation>Change your initial password first.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="212" />
        <source>You have not passed the confidentiality training yet: customer data stays closed until you pass the assessment (Security menu) or the security officer records it.</source>
        <translation>You have not passed the confidentiality training yet: customer data stays closed until you pass the assessment (Security menu) or the security officer records it.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="217" />
        <source>Your confidentiality training has lapsed past its grace days: customer data stays closed until you pass the assessment again (Security menu).</source>
        <translation>Your confidentiality training has lapsed past its grace days: customer data stays closed until you pass the assessment again (Security menu).</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="222" />
        <source>%approver's confidentiality training has lapsed: they pass it again, then authorise.</source>
        <translation>%approver's confidentiality training has lapsed: they pass it again, then authorise.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="226" />
        <source>The policy has no such course.</source>
        <translation>The policy has no such course.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="227" />
        <source>Name the trainer.</source>
        <translation>Name the trainer.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="228" />
        <source>Record at least one person's result.</source>
        <translation>Record at least one person's result.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="229" />
        <source>The day of the training is in the future.</source>
        <translation>The day of the training is in the future.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="230" />
        <source>A score is a whole number from 0 to 100.</source>
        <translation>A score is a whole number from 0 to 100.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="231" />
        <source>Unknown staff ID.</source>
        <translation>Unknown staff ID.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="232" />
        <source>A person is listed twice.</source>
        <translation>A person is listed twice.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="233" />
        <source>Answer every question first.</source>
        <translation>Answer every question first.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="234" />
        <source>The hall cannot be reached, and this seat's training results are the hall's: nothing was recorded. Record them again when the hall is reachable.</source>
        <translation>The hall cannot be reached, and this seat's training results are the hall's: nothing was recorded. Record them again when the hall is reachable.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="239" />
        <source>The file's first line must name the columns staff_id, course, date and score (trainer optional).</source>
        <translation>The file's first line must name the columns staff_id, course, date and score (trainer optional).</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="244" />
        <source>The file is not UTF-8 text.</source>
        <translation>The file is not UTF-8 text.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="245" />
        <source>You have taken this assessment three times today: read the rules again and try tomorrow.</source>
        <translation>You have taken this assessment three times today: read the rules again and try tomorrow.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="250" />
        <source>Your role does not take this course.</source>
        <translation>Your role does not take this course.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="251" />
        <source>This course has no assessment at the desk.</source>
        <translation>This course has no assessment at the desk.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="255" />
        <source>Your role does not allow this.</source>
        <translation>Your role does not allow this.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="256" />
        <source>Wrong staff ID or password.</source>
        <translation>Wrong staff ID or password.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="257" />
        <source>The account is locked after too many wrong passwords.</source>
        <translation>The account is locked after too many wrong passwords.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="260" />
        <source>This seat's count of failed sign-ins was tampered with: every account is locked until %until. A security officer can sign in with the recovery key.</source>
        <translation>This seat's count of failed sign-ins was tampered with: every account is locked until %until. A security officer can sign in with the recovery key.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="265" />
        <source>You are signed out.</source>
        <translation>You are signed out.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="266" />
        <source>This account is disabled.</source>
        <translation>This account is disabled.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="267" />
        <source>The hall cannot be reached, and this seat has never seen this account: sign in when the hall is back.</source>
        <translation>The hall cannot be reached, and this seat has never seen this account: sign in when the hall is back.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="272" />
        <source>The hall cannot be reached, and this seat's copy of the staff directory is older than one it has seen: sign in when the hall is back.</source>
        <translation>The hall cannot be reached, and this seat's copy of the staff directory is older than one it has seen: sign in when the hall is back.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="278" />
        <source>This cannot be done as entered: check the form.</source>
        <translation>This cannot be done as entered: check the form.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="279" />
        <source>The policy file is not valid.</source>
        <translation>The policy file is not valid.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="280" />
        <source>The vault cannot be read.</source>
        <translation>The vault cannot be read.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="281" />
        <source>The key storage of this computer cannot be used.</source>
        <translation>The key storage of this computer cannot be used.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="282" />
        <source>A check failed.</source>
        <translation>A check failed.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="283" />
        <source>The import file was refused.</source>
        <translation>The import file was refused.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="284" />
        <source>The action could not be completed.</source>
        <translation>The action could not be completed.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="290" />
        <source>an agent</source>
        <translation>an agent</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="291" />
        <source>a supervisor</source>
        <translation>a supervisor</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="292" />
        <source>a security officer</source>
        <translation>a security officer</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="293" />
        <source>the administrator</source>
        <translation>the administrator</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="300" />
        <source>ID number: 17 digits are followed by a digit or X.</source>
        <translation>ID number: 17 digits are followed by a digit or X.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="301" />
        <source>ID number: a 15-character number is all digits.</source>
        <translation>ID number: a 15-character number is all digits.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="302" />
        <source>ID number: 18 characters (or 15 digits for an old number).</source>
        <translation>ID number: 18 characters (or 15 digits for an old number).</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="305" />
        <source>ID number: the region code cannot start with 0.</source>
        <translation>ID number: the region code cannot start with 0.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="306" />
        <source>ID number: the region code names no province.</source>
        <translation>ID number: the region code names no province.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="307" />
        <source>ID number: a residence permit's number has 18 characters.</source>
        <translation>ID number: a residence permit's number has 18 characters.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="310" />
        <source>ID number: the birth date in it is not a real date.</source>
        <translation>ID number: the birth date in it is not a real date.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="313" />
        <source>ID number: the birth date in it is in the future.</source>
        <translation>ID number: the birth date in it is in the future.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="316" />
        <source>ID number: the birth date in it is before 1900.</source>
        <translation>ID number: the birth date in it is before 1900.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="317" />
        <source>ID number: the check digit does not match.</source>
        <translation>ID number: the check digit does not match.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="318" />
        <source>ID number: 5-20 letters or digits.</source>
        <translation>ID number: 5-20 letters or digits.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="324" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="325" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="326" />
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="327" />
        <source>Approval reference</source>
        <translation>Approval reference</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="328" />
        <source>Escort</source>
        <translation>Escort</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="329" />
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="341" />
        <source>The role of %role may not do this.</source>
        <translation>The role of %role may not do this.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="354" />
        <source>A field</source>
        <translation>A field</translation>
    </message>
</context>
<context>
    <name>ExpectedList</name>
    <message>
        <location filename="../../seatdesk/ui/visitors/board.py" line="168" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/board.py" line="169" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/board.py" line="170" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/board.py" line="171" />
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/board.py" line="172" />
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/board.py" line="173" />
        <source>Approval</source>
        <translation>Approval</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/board.py" line="187" />
        <source>Sign in the selected visitor…</source>
        <translation>Sign in the selected visitor…</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/board.py" line="190" />
        <source>Cancel the pre-registration…</source>
        <translation>Cancel the pre-registration…</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/board.py" line="195" />
        <source>A pre-registration admits the visitor on its date only. Pre-register on the Register tab.</source>
        <translation>A pre-registration admits the visitor on its date only. Pre-register on the Register tab.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/board.py" line="212" />
        <source>Select an expected visitor first.</source>
        <translation>Select an expected visitor first.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/board.py" line="225" />
        <source>Cancel the pre-registration</source>
        <translation>Cancel the pre-registration</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/board.py" line="225" />
        <source>Why is it cancelled?</source>
        <translation>Why is it cancelled?</translation>
    </message>
</context>
<context>
    <name>ExportFlow</name>
    <message>
        <location filename="../../seatdesk/ui/export_flow.py" line="129" />
        <source>Save the encrypted export</source>
        <translation>Save the encrypted export</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/export_flow.py" line="131" />
        <source>SeatDesk export (*.sdx)</source>
        <translation>SeatDesk export (*.sdx)</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/export_flow.py" line="140" />
        <source>Search first: the export holds the customers listed.</source>
        <translation>Search first: the export holds the customers listed.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/export_flow.py" line="153" />
        <source>No partner has a confidentiality agreement in force: the security officer registers partners before anything is exported.</source>
        <translation>No partner has a confidentiality agreement in force: the security officer registers partners before anything is exported.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/export_flow.py" line="168" />
        <source>supervisor or security officer</source>
        <translation>supervisor or security officer</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/export_flow.py" line="192" />
        <source>Export (masked)</source>
        <translation>Export (masked)</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/export_flow.py" line="193" />
        <source>Written to %1. One-time password for the recipient — for the authoriser's eyes only, shown once:

%2</source>
        <translation>Written to %1. One-time password for the recipient — for the authoriser's eyes only, shown once:

%2</translation>
    </message>
</context>
<context>
    <name>ExportRequestDialog</name>
    <message>
        <location filename="../../seatdesk/ui/export_flow.py" line="43" />
        <source>Export (masked)</source>
        <translation>Export (masked)</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/export_flow.py" line="48" />
        <source>%1 customer(s), masked fields only. A supervisor or security officer must authorise the export at this seat.</source>
        <translation>%1 customer(s), masked fields only. A supervisor or security officer must authorise the export at this seat.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/export_flow.py" line="60" />
        <location filename="../../seatdesk/ui/export_flow.py" line="72" />
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/export_flow.py" line="55" />
        <location filename="../../seatdesk/ui/export_flow.py" line="71" />
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/export_flow.py" line="65" />
        <source>Leave out the fields of the classes the agreement does not cover</source>
        <translation>Leave out the fields of the classes the agreement does not cover</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/export_flow.py" line="73" />
        <source>Agreement covers</source>
        <translation>Agreement covers</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/export_flow.py" line="75" />
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/export_flow.py" line="75" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/export_flow.py" line="103" />
        <source> — not %1: the export would be refused</source>
        <translation> — not %1: the export would be refused</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/export_flow.py" line="107" />
        <source> — the fields of %1 are left out</source>
        <translation> — the fields of %1 are left out</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/export_flow.py" line="121" />
        <source>Give the purpose and the recipient.</source>
        <translation>Give the purpose and the recipient.</translation>
    </message>
</context>
<context>
    <name>GradeDialog</name>
    <message>
        <location filename="../../seatdesk/ui/incident_report_forms.py" line="112" />
        <source>Grade %1</source>
        <translation>Grade %1</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_report_forms.py" line="117" />
        <location filename="../../seatdesk/ui/incident_report_forms.py" line="132" />
        <source>People affected</source>
        <translation>People affected</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_report_forms.py" line="122" />
        <source>As suggested</source>
        <translation>As suggested</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_report_forms.py" line="127" />
        <source>Why another grade (needed for an override)</source>
        <translation>Why another grade (needed for an override)</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_report_forms.py" line="129" />
        <source>Set grade</source>
        <translation>Set grade</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_report_forms.py" line="129" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_report_forms.py" line="133" />
        <source>Suggested grade</source>
        <translation>Suggested grade</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_report_forms.py" line="134" />
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_report_forms.py" line="135" />
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_report_forms.py" line="137" />
        <source>From 1,000,000 people: major; 10,000,000: serious; 100,000,000: critical.</source>
        <translation>From 1,000,000 people: major; 10,000,000: serious; 100,000,000: critical.</translation>
    </message>
</context>
<context>
    <name>GuardedTable</name>
    <message>
        <location filename="../../seatdesk/ui/tables.py" line="38" />
        <source>(no longer available)</source>
        <translation>(no longer available)</translation>
    </message>
</context>
<context>
    <name>HallBoard</name>
    <message>
        <location filename="../../seatdesk/ui/visitors/board.py" line="46" />
        <source>Badge</source>
        <translation>Badge</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/board.py" line="47" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/board.py" line="48" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/board.py" line="49" />
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/board.py" line="50" />
        <source>Escort</source>
        <translation>Escort</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/board.py" line="51" />
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/board.py" line="52" />
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/board.py" line="53" />
        <source>Expected out</source>
        <translation>Expected out</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/board.py" line="54" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/board.py" line="62" />
        <source>Sign out…</source>
        <translation>Sign out…</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/board.py" line="65" />
        <source>End of day: sign out everyone…</source>
        <translation>End of day: sign out everyone…</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/board.py" line="68" />
        <source>Print evacuation roster…</source>
        <translation>Print evacuation roster…</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/board.py" line="83" />
        <source>Overstay +%1 min</source>
        <translation>Overstay +%1 min</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/board.py" line="85" />
        <source>In the hall</source>
        <translation>In the hall</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/board.py" line="101" />
        <source>%1 visitor(s) in the hall</source>
        <translation>%1 visitor(s) in the hall</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/board.py" line="103" />
        <source>strict masking on every seat</source>
        <translation>strict masking on every seat</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/board.py" line="105" />
        <source>%1 overstaying</source>
        <translation>%1 overstaying</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/board.py" line="112" />
        <source>Select a visitor on the board first.</source>
        <translation>Select a visitor on the board first.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/board.py" line="122" />
        <source>%1 signed out.</source>
        <translation>%1 signed out.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/board.py" line="124" />
        <source>Badge not returned: recorded.</source>
        <translation>Badge not returned: recorded.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/board.py" line="132" />
        <source>Nobody to sign out.</source>
        <translation>Nobody to sign out.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/board.py" line="136" />
        <source>End of day</source>
        <translation>End of day</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/board.py" line="138" />
        <source>Sign out all %1 visitor(s) still in the hall? Each entry is flagged as a forced sign-out.</source>
        <translation>Sign out all %1 visitor(s) still in the hall? Each entry is flagged as a forced sign-out.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/board.py" line="150" />
        <source>%1 visitor(s) signed out and flagged.</source>
        <translation>%1 visitor(s) signed out and flagged.</translation>
    </message>
</context>
<context>
    <name>HallIndicator</name>
    <message>
        <location filename="../../seatdesk/ui/hall_status.py" line="30" />
        <source>%1 waiting to be sent</source>
        <translation>%1 waiting to be sent</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/hall_status.py" line="32" />
        <source>Log differs from the hall's</source>
        <translation>Log differs from the hall's</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/hall_status.py" line="35" />
        <source>Hall connected</source>
        <translation>Hall connected</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/hall_status.py" line="41" />
        <source>Hall unreachable since %1</source>
        <translation>Hall unreachable since %1</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/hall_status.py" line="47" />
        <source>strict masking</source>
        <translation>strict masking</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/hall_status.py" line="49" />
        <source>%1 seat(s) flagged by the hall</source>
        <translation>%1 seat(s) flagged by the hall</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/hall_status.py" line="66" />
        <source>Customer data as of %1 (#%2)</source>
        <translation>Customer data as of %1 (#%2)</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/hall_status.py" line="71" />
        <source>No hall data key yet: customer changes wait</source>
        <translation>No hall data key yet: customer changes wait</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/hall_status.py" line="73" />
        <source>A customer change set was refused</source>
        <translation>A customer change set was refused</translation>
    </message>
</context>
<context>
    <name>IncidentBoard</name>
    <message>
        <location filename="../../seatdesk/ui/incident_board.py" line="64" />
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_board.py" line="72" />
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_board.py" line="73" />
        <source>Reported</source>
        <translation>Reported</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_board.py" line="74" />
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_board.py" line="75" />
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_board.py" line="76" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_board.py" line="92" />
        <source>Note for this step</source>
        <translation>Note for this step</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_board.py" line="93" />
        <source>Next step</source>
        <translation>Next step</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_board.py" line="97" />
        <source>Save checklist</source>
        <translation>Save checklist</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_board.py" line="100" />
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_board.py" line="102" />
        <source>No staff fault</source>
        <translation>No staff fault</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_board.py" line="111" />
        <source> yuan</source>
        <translation> yuan</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_board.py" line="113" />
        <source>Staff ID</source>
        <translation>Staff ID</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_board.py" line="114" />
        <source>Close incident</source>
        <translation>Close incident</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_board.py" line="116" />
        <location filename="../../seatdesk/ui/incident_board.py" line="362" />
        <source>Export PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_board.py" line="123" />
        <source>Reporting</source>
        <translation>Reporting</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_board.py" line="127" />
        <source>Workflow</source>
        <translation>Workflow</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_board.py" line="137" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_board.py" line="247" />
        <source>%1 (anonymous to others)</source>
        <translation>%1 (anonymous to others)</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_board.py" line="249" />
        <source>Reported %1 by %2 at seat %3 · audit anchor #%4</source>
        <translation>Reported %1 by %2 at seat %3 · audit anchor #%4</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_board.py" line="255" />
        <source>Affected customers: %1</source>
        <translation>Affected customers: %1</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_board.py" line="265" />
        <source>Severity: %1</source>
        <translation>Severity: %1</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_board.py" line="269" />
        <source>Deadlines</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_board.py" line="274" />
        <source>Who saw %1 (30 days)</source>
        <translation>Who saw %1 (30 days)</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_board.py" line="277" />
        <source>Steps</source>
        <translation>Steps</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_board.py" line="291" />
        <source>viewed</source>
        <translation>viewed</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_board.py" line="292" />
        <source>verified</source>
        <translation>verified</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_board.py" line="293" />
        <source>revealed</source>
        <translation>revealed</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_board.py" line="295" />
        <source>masked</source>
        <translation>masked</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_board.py" line="295" />
        <source>in clear</source>
        <translation>in clear</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_board.py" line="225" />
        <source>Next step: %1</source>
        <translation>Next step: %1</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_board.py" line="77" />
        <source>Confirm</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_board.py" line="78" />
        <source>Initial</source>
        <translation>Initial</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_board.py" line="79" />
        <source>Closure</source>
        <translation>Closure</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_board.py" line="227" />
        <source>No further step (close below)</source>
        <translation>No further step (close below)</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_reporting_panel.py" line="37" />
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_reporting_panel.py" line="43" />
        <source>%1 d %2</source>
        <translation>%1 d %2</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_reporting_panel.py" line="48" />
        <source>overdue %1</source>
        <translation>overdue %1</translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <location filename="../../seatdesk/ui/incident_dialog.py" line="34" />
        <source>Suspected leak</source>
        <translation>Suspected leak</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_dialog.py" line="35" />
        <source>Data leak</source>
        <translation>Data leak</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_dialog.py" line="36" />
        <source>Device lost or stolen</source>
        <translation>Device lost or stolen</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_dialog.py" line="37" />
        <source>Unauthorised access</source>
        <translation>Unauthorised access</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_dialog.py" line="40" />
        <source>Suspicious call or social engineering</source>
        <translation>Suspicious call or social engineering</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_dialog.py" line="42" />
        <source>Unregistered visitor</source>
        <translation>Unregistered visitor</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_dialog.py" line="45" />
        <source>Mistake (e.g. number read to the wrong caller)</source>
        <translation>Mistake (e.g. number read to the wrong caller)</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_dialog.py" line="47" />
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_dialog.py" line="57" />
        <source>Report incident</source>
        <translation>Report incident</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_dialog.py" line="59" />
        <source>Reporter %1 · seat %2 · %3 · SeatDesk %4</source>
        <translation>Reporter %1 · seat %2 · %3 · SeatDesk %4</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_dialog.py" line="65" />
        <source>Active call: %1</source>
        <translation>Active call: %1</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_dialog.py" line="74" />
        <location filename="../../seatdesk/ui/incident_dialog.py" line="100" />
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_dialog.py" line="79" />
        <location filename="../../seatdesk/ui/incident_dialog.py" line="101" />
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_dialog.py" line="80" />
        <source>What happened, in one sentence</source>
        <translation>What happened, in one sentence</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_dialog.py" line="83" />
        <source>Customers viewed on this seat</source>
        <translation>Customers viewed on this seat</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_dialog.py" line="92" />
        <source>Visitors in the hall now: %1</source>
        <translation>Visitors in the hall now: %1</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_dialog.py" line="94" />
        <source>Hide my name from everyone but the security officer</source>
        <translation>Hide my name from everyone but the security officer</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_dialog.py" line="97" />
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_dialog.py" line="97" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_dialog.py" line="102" />
        <source>Affected customers</source>
        <translation>Affected customers</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_dialog.py" line="115" />
        <source>Say in one sentence what happened.</source>
        <translation>Say in one sentence what happened.</translation>
    </message>
</context>
<context>
    <name>IncidentFlow</name>
    <message>
        <location filename="../../seatdesk/ui/incident_flow.py" line="48" />
        <source>Incident %1 recorded; not yet sent to the hall (sent when it is back).</source>
        <translation>Incident %1 recorded; not yet sent to the hall (sent when it is back).</translation>
    </message>
</context>
<context>
    <name>IncidentWords</name>
    <message>
        <location filename="../../seatdesk/ui/incident_words.py" line="17" />
        <source>Data leak</source>
        <translation>Data leak</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_words.py" line="18" />
        <source>Suspected leak</source>
        <translation>Suspected leak</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_words.py" line="19" />
        <source>Device lost or stolen</source>
        <translation>Device lost or stolen</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_words.py" line="20" />
        <source>Unauthorised access</source>
        <translation>Unauthorised access</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_words.py" line="21" />
        <source>Suspicious call or social engineering</source>
        <translation>Suspicious call or social engineering</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_words.py" line="24" />
        <source>Unregistered visitor</source>
        <translation>Unregistered visitor</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_words.py" line="25" />
        <source>Mistake</source>
        <translation>Mistake</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_words.py" line="26" />
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_words.py" line="29" />
        <source>New report</source>
        <translation>New report</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_words.py" line="30" />
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_words.py" line="31" />
        <source>Contained</source>
        <translation>Contained</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_words.py" line="32" />
        <source>Notified</source>
        <translation>Notified</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_words.py" line="33" />
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_words.py" line="36" />
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_words.py" line="37" />
        <source>Major</source>
        <translation>Major</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_words.py" line="38" />
        <source>Serious</source>
        <translation>Serious</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_words.py" line="39" />
        <source>Critical</source>
        <translation>Critical</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_words.py" line="42" />
        <source>Types of personal information</source>
        <translation>Types of personal information</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_words.py" line="43" />
        <location filename="../../seatdesk/ui/incident_words.py" line="92" />
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_words.py" line="44" />
        <source>Possible harm</source>
        <translation>Possible harm</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_words.py" line="45" />
        <source>Remedies taken</source>
        <translation>Remedies taken</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_words.py" line="46" />
        <source>What individuals can do</source>
        <translation>What individuals can do</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_words.py" line="47" />
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_words.py" line="50" />
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_words.py" line="51" />
        <source>Pay deduction</source>
        <translation>Pay deduction</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_words.py" line="52" />
        <source>Dismissal</source>
        <translation>Dismissal</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_words.py" line="53" />
        <source>Referred to the judicial authorities</source>
        <translation>Referred to the judicial authorities</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_words.py" line="56" />
        <source>Confirm</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_words.py" line="57" />
        <location filename="../../seatdesk/ui/incident_words.py" line="61" />
        <source>Initial report</source>
        <translation>Initial report</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_words.py" line="58" />
        <location filename="../../seatdesk/ui/incident_words.py" line="63" />
        <source>Closure report</source>
        <translation>Closure report</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_words.py" line="62" />
        <source>Supplementary report</source>
        <translation>Supplementary report</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_words.py" line="66" />
        <source>General operator</source>
        <translation>General operator</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_words.py" line="67" />
        <source>Critical information infrastructure operator</source>
        <translation>Critical information infrastructure operator</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_words.py" line="68" />
        <source>Central or state organ</source>
        <translation>Central or state organ</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_words.py" line="77" />
        <source>Unit and system concerned</source>
        <translation>Unit and system concerned</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_words.py" line="78" />
        <source>When (YYYY-MM-DD HH:MM, hall time)</source>
        <translation>When (YYYY-MM-DD HH:MM, hall time)</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_words.py" line="79" />
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_words.py" line="80" />
        <source>Type of event</source>
        <translation>Type of event</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_words.py" line="81" />
        <source>Impact and harm so far</source>
        <translation>Impact and harm so far</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_words.py" line="82" />
        <source>Measures taken and their effect</source>
        <translation>Measures taken and their effect</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_words.py" line="85" />
        <source>Likely development</source>
        <translation>Likely development</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_words.py" line="86" />
        <source>Preliminary cause</source>
        <translation>Preliminary cause</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_words.py" line="87" />
        <source>Further measures and help needed</source>
        <translation>Further measures and help needed</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_words.py" line="88" />
        <source>How the scene is preserved</source>
        <translation>How the scene is preserved</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_words.py" line="89" />
        <source>Other matters</source>
        <translation>Other matters</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_words.py" line="93" />
        <source>How it was handled</source>
        <translation>How it was handled</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_words.py" line="94" />
        <source>Harm and losses</source>
        <translation>Harm and losses</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_words.py" line="95" />
        <source>Responsibility</source>
        <translation>Responsibility</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_words.py" line="96" />
        <source>Rectification</source>
        <translation>Rectification</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_words.py" line="97" />
        <source>Lessons learned</source>
        <translation>Lessons learned</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../seatdesk/ui/lock_screen.py" line="18" />
        <source>SeatDesk is locked</source>
        <translation>SeatDesk is locked</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/lock_screen.py" line="30" />
        <location filename="../../seatdesk/ui/lock_screen.py" line="31" />
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/lock_screen.py" line="34" />
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/lock_screen.py" line="41" />
        <source>Report incident</source>
        <translation>Report incident</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/lock_screen.py" line="69" />
        <source>Locked after inactivity.</source>
        <translation>Locked after inactivity.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/lock_screen.py" line="70" />
        <source>Locked by you.</source>
        <translation>Locked by you.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/lock_screen.py" line="71" />
        <source>Locked with the screen.</source>
        <translation>Locked with the screen.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/lock_screen.py" line="72" />
        <source>Locked when the session switched.</source>
        <translation>Locked when the session switched.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/lock_screen.py" line="73" />
        <source>Locked: the hall disabled this account.</source>
        <translation>Locked: the hall disabled this account.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../seatdesk/ui/login_dialog.py" line="26" />
        <source>SeatDesk — sign in</source>
        <translation>SeatDesk — sign in</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/login_dialog.py" line="29" />
        <source>Customer information stays on this seat.</source>
        <translation>Customer information stays on this seat.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/login_dialog.py" line="36" />
        <source>Staff ID</source>
        <translation>Staff ID</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/login_dialog.py" line="37" />
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/login_dialog.py" line="38" />
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/login_dialog.py" line="38" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/login_dialog.py" line="48" />
        <source>Vault: %1</source>
        <translation>Vault: %1</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/login_dialog.py" line="61" />
        <source>Enter your staff ID and password.</source>
        <translation>Enter your staff ID and password.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/login_dialog.py" line="73" />
        <source>This account is locked after repeated failed sign-ins. Try again later or ask your administrator.</source>
        <translation>This account is locked after repeated failed sign-ins. Try again later or ask your administrator.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/login_dialog.py" line="80" />
        <source>Staff ID or password is wrong, or the account is disabled.</source>
        <translation>Staff ID or password is wrong, or the account is disabled.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/login_dialog.py" line="85" />
        <source>The vault cannot be opened: %1</source>
        <translation>The vault cannot be opened: %1</translation>
    </message>
</context>
<context>
    <name>NoticeDialog</name>
    <message>
        <location filename="../../seatdesk/ui/visitors/dialogs.py" line="40" />
        <source>Confidentiality notice for visitors</source>
        <translation>Confidentiality notice for visitors</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/dialogs.py" line="47" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <location filename="../../seatdesk/ui/notifier.py" line="20" />
        <source>confirming it</source>
        <translation>confirming it</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/notifier.py" line="21" />
        <source>the initial report to the regulator</source>
        <translation>the initial report to the regulator</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/notifier.py" line="22" />
        <source>the closure report</source>
        <translation>the closure report</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/notifier.py" line="25" />
        <source>New incident %1</source>
        <translation>New incident %1</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/notifier.py" line="26" />
        <source>Incident %1: the deadline for %2 has passed</source>
        <translation>Incident %1: the deadline for %2 has passed</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/notifier.py" line="27" />
        <source>Visitor %1 is past their expected departure</source>
        <translation>Visitor %1 is past their expected departure</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/notifier.py" line="28" />
        <source>Partner agreement %1 expires on %2</source>
        <translation>Partner agreement %1 expires on %2</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/notifier.py" line="29" />
        <source>%3 at seat %4 asks for an approval</source>
        <translation>%3 at seat %4 asks for an approval</translation>
    </message>
</context>
<context>
    <name>OfficerWindow</name>
    <message>
        <location filename="../../seatdesk/ui/officer_window.py" line="51" />
        <source>Access review and purge</source>
        <translation>Access review and purge</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/officer_window.py" line="59" />
        <source>Access review</source>
        <translation>Access review</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/officer_window.py" line="61" />
        <source>Purge</source>
        <translation>Purge</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/officer_window.py" line="65" />
        <location filename="../../seatdesk/ui/officer_window.py" line="91" />
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/officer_window.py" line="78" />
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/officer_window.py" line="82" />
        <source>Staff ID</source>
        <translation>Staff ID</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/officer_window.py" line="83" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/officer_window.py" line="84" />
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/officer_window.py" line="85" />
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/officer_window.py" line="86" />
        <source>Last sign-in</source>
        <translation>Last sign-in</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/officer_window.py" line="87" />
        <source>Views</source>
        <translation>Views</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/officer_window.py" line="88" />
        <source>Verifications</source>
        <translation>Verifications</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/officer_window.py" line="89" />
        <source>Reveals</source>
        <translation>Reveals</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/officer_window.py" line="90" />
        <source>Blocked</source>
        <translation>Blocked</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/officer_window.py" line="97" />
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/officer_window.py" line="100" />
        <source>What you checked and decided</source>
        <translation>What you checked and decided</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/officer_window.py" line="101" />
        <source>Sign off</source>
        <translation>Sign off</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/officer_window.py" line="104" />
        <location filename="../../seatdesk/ui/officer_window.py" line="206" />
        <source>Export PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/officer_window.py" line="113" />
        <source>Activity of the last</source>
        <translation>Activity of the last</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/officer_window.py" line="133" />
        <source>disabled</source>
        <translation>disabled</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/officer_window.py" line="135" />
        <source>dormant</source>
        <translation>dormant</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/officer_window.py" line="137" />
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/officer_window.py" line="190" />
        <source>Say in a few words what you checked.</source>
        <translation>Say in a few words what you checked.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/officer_window.py" line="199" />
        <source>Signed off: review %1</source>
        <translation>Signed off: review %1</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/officer_window.py" line="214" />
        <source>Customer no.</source>
        <translation>Customer no.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/officer_window.py" line="214" />
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/officer_window.py" line="217" />
        <source>consent withdrawn</source>
        <translation>consent withdrawn</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/officer_window.py" line="219" />
        <source>past retention</source>
        <translation>past retention</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/officer_window.py" line="224" />
        <source>Customers due for deletion</source>
        <translation>Customers due for deletion</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/officer_window.py" line="226" />
        <source>Check what is due</source>
        <translation>Check what is due</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/officer_window.py" line="231" />
        <source>Type the number of customers to delete</source>
        <translation>Type the number of customers to delete</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/officer_window.py" line="232" />
        <source>Delete them</source>
        <translation>Delete them</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/officer_window.py" line="261" />
        <source>%1 customer(s) are due for deletion. Deleting is final.</source>
        <translation>%1 customer(s) are due for deletion. Deleting is final.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/officer_window.py" line="273" />
        <source>Type %1 to delete these %1 customer(s).</source>
        <translation>Type %1 to delete these %1 customer(s).</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/officer_window.py" line="284" />
        <source>%1 customer(s) deleted; each deletion is in the audit log.</source>
        <translation>%1 customer(s) deleted; each deletion is in the audit log.</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../../seatdesk/ui/visitors/dialogs.py" line="99" />
        <source>Watch list: entry blocked</source>
        <translation>Watch list: entry blocked</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/dialogs.py" line="105" />
        <source>This visitor matches the watch list. They may enter only if a security officer overrides the match and gives a reason.

%1</source>
        <translation>This visitor matches the watch list. They may enter only if a security officer overrides the match and gives a reason.

%1</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/dialogs.py" line="115" />
        <location filename="../../seatdesk/ui/visitors/dialogs.py" line="126" />
        <source>Security officer staff ID</source>
        <translation>Security officer staff ID</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/dialogs.py" line="119" />
        <source>Security officer password</source>
        <translation>Security officer password</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/dialogs.py" line="122" />
        <source>Reason for the override</source>
        <translation>Reason for the override</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/dialogs.py" line="127" />
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/dialogs.py" line="128" />
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/dialogs.py" line="129" />
        <source>Override and let in</source>
        <translation>Override and let in</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/dialogs.py" line="129" />
        <source>Keep blocked</source>
        <translation>Keep blocked</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/dialogs.py" line="140" />
        <source>Give the reason for the override.</source>
        <translation>Give the reason for the override.</translation>
    </message>
</context>
<context>
    <name>PartnerRegister</name>
    <message>
        <location filename="../../seatdesk/ui/partner_register.py" line="44" />
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/partner_register.py" line="50" />
        <source>in force</source>
        <translation>in force</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/partner_register.py" line="51" />
        <source>expiring soon</source>
        <translation>expiring soon</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/partner_register.py" line="52" />
        <source>not yet in force</source>
        <translation>not yet in force</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/partner_register.py" line="53" />
        <source>lapsed</source>
        <translation>lapsed</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/partner_register.py" line="54" />
        <source>ended early</source>
        <translation>ended early</translation>
    </message>
</context>
<context>
    <name>PartnerRegisterTab</name>
    <message>
        <location filename="../../seatdesk/ui/partner_register.py" line="151" />
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/partner_register.py" line="152" />
        <source>Agreement number</source>
        <translation>Agreement number</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/partner_register.py" line="153" />
        <source>Signed on</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/partner_register.py" line="154" />
        <source>Expires on</source>
        <translation>Expires on</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/partner_register.py" line="155" />
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/partner_register.py" line="156" />
        <source>Purposes</source>
        <translation>Purposes</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/partner_register.py" line="157" />
        <source>Classes</source>
        <translation>Classes</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/partner_register.py" line="158" />
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/partner_register.py" line="164" />
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/partner_register.py" line="165" />
        <source>Register a partner…</source>
        <translation>Register a partner…</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/partner_register.py" line="170" />
        <source>Why the agreement ends early</source>
        <translation>Why the agreement ends early</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/partner_register.py" line="171" />
        <source>End the agreement</source>
        <translation>End the agreement</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/partner_register.py" line="174" />
        <location filename="../../seatdesk/ui/partner_register.py" line="289" />
        <source>Export PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/partner_register.py" line="177" />
        <location filename="../../seatdesk/ui/partner_register.py" line="289" />
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/partner_register.py" line="208" />
        <source> (%1 days)</source>
        <translation> (%1 days)</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/partner_register.py" line="232" />
        <source>%1 agreement(s); %2 end within %3 days.</source>
        <translation>%1 agreement(s); %2 end within %3 days.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/partner_register.py" line="259" />
        <source>Choose the agreement to end first.</source>
        <translation>Choose the agreement to end first.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/partner_register.py" line="262" />
        <source>Say why the agreement ends early.</source>
        <translation>Say why the agreement ends early.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/partner_register.py" line="272" />
        <source>Agreement %1 ended.</source>
        <translation>Agreement %1 ended.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/partner_register.py" line="284" />
        <source>Written to %1.</source>
        <translation>Written to %1.</translation>
    </message>
</context>
<context>
    <name>PhoneIndicator</name>
    <message>
        <location filename="../../seatdesk/ui/phone_link.py" line="114" />
        <source>Phone: not set up</source>
        <translation>Phone: not set up</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/phone_link.py" line="121" />
        <source>Phone: connected (%1)</source>
        <translation>Phone: connected (%1)</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/phone_link.py" line="123" />
        <source>Phone: connecting to %1…</source>
        <translation>Phone: connecting to %1…</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/phone_link.py" line="125" />
        <source>Phone: login refused (%1)</source>
        <translation>Phone: login refused (%1)</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/phone_link.py" line="127" />
        <source>Phone: disconnected (%1)</source>
        <translation>Phone: disconnected (%1)</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/phone_link.py" line="129" />
        <source>retry in %1 s</source>
        <translation>retry in %1 s</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../seatdesk/ui/qt_texts.py" line="11" />
        <source>&amp;Look in:</source>
        <translation>&amp;Look in:</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/qt_texts.py" line="12" />
        <source>Files of &amp;type:</source>
        <translation>Files of &amp;type:</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <location filename="../../seatdesk/ui/qt_texts.py" line="13" />
        <source>Page &amp;Set:</source>
        <translation>Page &amp;Set:</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../seatdesk/ui/visitors/dialogs.py" line="240" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/dialogs.py" line="240" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/dialogs.py" line="251" />
        <source>A reason is required.</source>
        <translation>A reason is required.</translation>
    </message>
</context>
<context>
    <name>RecordCard</name>
    <message>
        <location filename="../../seatdesk/ui/record_card.py" line="113" />
        <source>follow up %1</source>
        <translation>follow up %1</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/record_card.py" line="144" />
        <source>Search for a caller by phone number or customer number.</source>
        <translation>Search for a caller by phone number or customer number.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/record_card.py" line="166" />
        <source>Customer %1</source>
        <translation>Customer %1</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/record_card.py" line="171" />
        <source>Copy customer no.</source>
        <translation>Copy customer no.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/record_card.py" line="172" />
        <source>Copy the customer number</source>
        <translation>Copy the customer number</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/record_card.py" line="177" />
        <source>Consent withdrawn…</source>
        <translation>Consent withdrawn…</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/record_card.py" line="178" />
        <source>Record that the caller withdraws consent</source>
        <translation>Record that the caller withdraws consent</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/record_card.py" line="185" />
        <source>until %1</source>
        <translation>until %1</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/record_card.py" line="230" />
        <source>Verify</source>
        <translation>Verify</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/record_card.py" line="231" />
        <source>Verify this field</source>
        <translation>Verify this field</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/record_card.py" line="237" />
        <source>Reveal</source>
        <translation>Reveal</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/record_card.py" line="238" />
        <source>Reveal this field for a few seconds</source>
        <translation>Reveal this field for a few seconds</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/record_card.py" line="242" />
        <source>Your role may not reveal this field for this customer.</source>
        <translation>Your role may not reveal this field for this customer.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/record_card.py" line="251" />
        <source>[withdrawn %1]</source>
        <translation>[withdrawn %1]</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/record_card.py" line="259" />
        <source>Contact history</source>
        <translation>Contact history</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/record_card.py" line="261" />
        <source>No earlier contacts.</source>
        <translation>No earlier contacts.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/record_card.py" line="263" />
        <source>call</source>
        <translation>call</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/record_card.py" line="264" />
        <source>complaint</source>
        <translation>complaint</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/record_card.py" line="265" />
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/record_card.py" line="272" />
        <source>lasted %1 s</source>
        <translation>lasted %1 s</translation>
    </message>
</context>
<context>
    <name>ReportFormDialog</name>
    <message>
        <location filename="../../seatdesk/ui/incident_report_forms.py" line="47" />
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_report_forms.py" line="52" />
        <source>Art. 7 items 1–2: what the regulator needs first, within the deadline.</source>
        <translation>Art. 7 items 1–2: what the regulator needs first, within the deadline.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_report_forms.py" line="54" />
        <source>Art. 7 items 3–7: fill what is known now; add more later.</source>
        <translation>Art. 7 items 3–7: fill what is known now; add more later.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_report_forms.py" line="55" />
        <source>Due within 30 days after handling ended (contained).</source>
        <translation>Due within 30 days after handling ended (contained).</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_report_forms.py" line="75" />
        <source>File report</source>
        <translation>File report</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_report_forms.py" line="75" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ReportingPanel</name>
    <message>
        <location filename="../../seatdesk/ui/incident_reporting_panel.py" line="73" />
        <source>Grade…</source>
        <translation>Grade…</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_reporting_panel.py" line="78" />
        <source>Initial report…</source>
        <translation>Initial report…</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_reporting_panel.py" line="79" />
        <source>Supplement…</source>
        <translation>Supplement…</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_reporting_panel.py" line="80" />
        <source>Closure report…</source>
        <translation>Closure report…</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_reporting_panel.py" line="89" />
        <source>No report filed yet</source>
        <translation>No report filed yet</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_reporting_panel.py" line="90" />
        <source>Report PDF…</source>
        <translation>Report PDF…</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_reporting_panel.py" line="92" />
        <source>Notice to individuals (PDF)…</source>
        <translation>Notice to individuals (PDF)…</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_reporting_panel.py" line="154" />
        <source>Save PDF</source>
        <translation>Save PDF</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <location filename="../../seatdesk/ui/results_model.py" line="25" />
        <source>Born</source>
        <translation>Born</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/results_model.py" line="26" />
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/results_model.py" line="27" />
        <source>Mobile ends</source>
        <translation>Mobile ends</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/results_model.py" line="33" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/results_model.py" line="34" />
        <source>Customer no.</source>
        <translation>Customer no.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/results_model.py" line="35" />
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
</context>
<context>
    <name>RevealFlow</name>
    <message>
        <location filename="../../seatdesk/ui/reveal_flow.py" line="26" />
        <source>Open a customer first.</source>
        <translation>Open a customer first.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/reveal_flow.py" line="61" />
        <source>Reveal %1 of customer %2</source>
        <translation>Reveal %1 of customer %2</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/reveal_flow.py" line="74" />
        <source>supervisor</source>
        <translation>supervisor</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/reveal_flow.py" line="76" />
        <source>security officer</source>
        <translation>security officer</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/reveal_flow.py" line="90" />
        <source>This reveal needs an authorisation.</source>
        <translation>This reveal needs an authorisation.</translation>
    </message>
</context>
<context>
    <name>RevealReasonDialog</name>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="50" />
        <source>Reveal — reason</source>
        <translation>Reveal — reason</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="58" />
        <location filename="../../seatdesk/ui/dialogs.py" line="78" />
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="62" />
        <source>Choose a reason</source>
        <translation>Choose a reason</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="66" />
        <location filename="../../seatdesk/ui/dialogs.py" line="79" />
        <source>Explanation</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="68" />
        <source>The value is shown for a few seconds and the reveal is recorded.</source>
        <translation>The value is shown for a few seconds and the reveal is recorded.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="71" />
        <source>No call with this customer is active: explain why, the reveal is flagged.</source>
        <translation>No call with this customer is active: explain why, the reveal is flagged.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="80" />
        <source>Reveal</source>
        <translation>Reveal</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="80" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="91" />
        <source>Choose a reason for the reveal.</source>
        <translation>Choose a reason for the reveal.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="94" />
        <source>Outside a call an explanation is required.</source>
        <translation>Outside a call an explanation is required.</translation>
    </message>
</context>
<context>
    <name>RevealedValueView</name>
    <message>
        <location filename="../../seatdesk/ui/revealed_value.py" line="41" />
        <source>Revealed value</source>
        <translation>Revealed value</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/revealed_value.py" line="76" />
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../seatdesk/ui/desk_menu.py" line="86" />
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/desk_menu.py" line="91" />
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/desk_menu.py" line="91" />
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/desk_menu.py" line="91" />
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/desk_menu.py" line="103" />
        <source>What the keyboard does at this desk:</source>
        <translation>What the keyboard does at this desk:</translation>
    </message>
</context>
<context>
    <name>SignOutDialog</name>
    <message>
        <location filename="../../seatdesk/ui/visitors/dialogs.py" line="73" />
        <source>Sign out a visitor</source>
        <translation>Sign out a visitor</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/dialogs.py" line="75" />
        <source>Sign out %1 (%2), badge %3?</source>
        <translation>Sign out %1 (%2), badge %3?</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/dialogs.py" line="81" />
        <source>Badge returned</source>
        <translation>Badge returned</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/dialogs.py" line="84" />
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/dialogs.py" line="84" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>TrainingRegister</name>
    <message>
        <location filename="../../seatdesk/ui/training_register.py" line="41" />
        <source>valid</source>
        <translation>valid</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/training_register.py" line="42" />
        <source>in grace days</source>
        <translation>in grace days</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/training_register.py" line="43" />
        <source>lapsed</source>
        <translation>lapsed</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/training_register.py" line="44" />
        <source>never passed</source>
        <translation>never passed</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/training_register.py" line="56" />
        <source>Staff ID</source>
        <translation>Staff ID</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/training_register.py" line="57" />
        <location filename="../../seatdesk/ui/training_register.py" line="194" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/training_register.py" line="58" />
        <location filename="../../seatdesk/ui/training_register.py" line="215" />
        <source>Course</source>
        <translation>Course</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/training_register.py" line="59" />
        <source>Last passed</source>
        <translation>Last passed</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/training_register.py" line="60" />
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/training_register.py" line="61" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/training_register.py" line="75" />
        <source>Training register</source>
        <translation>Training register</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/training_register.py" line="77" />
        <source>Record a session…</source>
        <translation>Record a session…</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/training_register.py" line="80" />
        <location filename="../../seatdesk/ui/training_register.py" line="123" />
        <source>Import results (CSV)…</source>
        <translation>Import results (CSV)…</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/training_register.py" line="113" />
        <source>%1 result(s) recorded.</source>
        <translation>%1 result(s) recorded.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/training_register.py" line="133" />
        <source>The file cannot be read.</source>
        <translation>The file cannot be read.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/training_register.py" line="140" />
        <source>Line %1: %2</source>
        <translation>Line %1: %2</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/training_register.py" line="147" />
        <source>Nothing imported: %1 bad row(s).</source>
        <translation>Nothing imported: %1 bad row(s).</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/training_register.py" line="156" />
        <source>%1 result(s) imported, %2 passed.</source>
        <translation>%1 result(s) imported, %2 passed.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/training_register.py" line="176" />
        <source>Record a training session</source>
        <translation>Record a training session</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/training_register.py" line="188" />
        <location filename="../../seatdesk/ui/training_register.py" line="217" />
        <source>Trainer</source>
        <translation>Trainer</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/training_register.py" line="193" />
        <source>Attended</source>
        <translation>Attended</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/training_register.py" line="195" />
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/training_register.py" line="216" />
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/training_register.py" line="219" />
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/training_register.py" line="219" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/training_register.py" line="245" />
        <source>Tick who attended.</source>
        <translation>Tick who attended.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/training_register.py" line="270" />
        <source>unknown staff ID (staff_id)</source>
        <translation>unknown staff ID (staff_id)</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/training_register.py" line="271" />
        <source>unknown course (course)</source>
        <translation>unknown course (course)</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/training_register.py" line="272" />
        <source>not a date as YYYY-MM-DD, or in the future (date)</source>
        <translation>not a date as YYYY-MM-DD, or in the future (date)</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/training_register.py" line="273" />
        <source>not a score from 0 to 100 (score)</source>
        <translation>not a score from 0 to 100 (score)</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/training_register.py" line="276" />
        <source>a duplicate, already on the register, or the wrong number of cells</source>
        <translation>a duplicate, already on the register, or the wrong number of cells</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="191" />
        <source>Verify without revealing</source>
        <translation>Verify without revealing</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="193" />
        <source>Customer %1</source>
        <translation>Customer %1</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="200" />
        <source>Field to verify</source>
        <translation>Field to verify</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="209" />
        <source>What the caller gives</source>
        <translation>What the caller gives</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="213" />
        <source>What the caller says</source>
        <translation>What the caller says</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="220" />
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="224" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="229" />
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="230" />
        <source>Caller gives</source>
        <translation>Caller gives</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="231" />
        <source>Caller says</source>
        <translation>Caller says</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="248" />
        <source>the full value</source>
        <translation>the full value</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="249" />
        <source>the last 6 characters</source>
        <translation>the last 6 characters</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="250" />
        <source>the last 4 digits</source>
        <translation>the last 4 digits</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="260" />
        <source>%1 attempt(s) left on this call</source>
        <translation>%1 attempt(s) left on this call</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="268" />
        <source>Type what the caller says first.</source>
        <translation>Type what the caller says first.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="282" />
        <source>%1 attempt(s) left</source>
        <translation>%1 attempt(s) left</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="284" />
        <source>%1 attempt(s) left (counted by the hall)</source>
        <translation>%1 attempt(s) left (counted by the hall)</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="288" />
        <source>Locked by the hall for this call: not checked</source>
        <translation>Locked by the hall for this call: not checked</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="290" />
        <source>Nothing stored to compare with</source>
        <translation>Nothing stored to compare with</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="292" />
        <source>Match</source>
        <translation>Match</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="294" />
        <source>No match — check locked for this call</source>
        <translation>No match — check locked for this call</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="296" />
        <source>No match</source>
        <translation>No match</translation>
    </message>
</context>
<context>
    <name>VisitorForm</name>
    <message>
        <location filename="../../seatdesk/ui/visitors/form.py" line="61" />
        <source>Walk-in: register and sign in now</source>
        <translation>Walk-in: register and sign in now</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/form.py" line="63" />
        <source>Pre-register an expected visitor</source>
        <translation>Pre-register an expected visitor</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/form.py" line="75" />
        <source>Back to walk-in</source>
        <translation>Back to walk-in</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/form.py" line="80" />
        <location filename="../../seatdesk/ui/visitors/form.py" line="98" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/form.py" line="83" />
        <location filename="../../seatdesk/ui/visitors/form.py" line="99" />
        <source>ID type</source>
        <translation>ID type</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/form.py" line="86" />
        <location filename="../../seatdesk/ui/visitors/form.py" line="90" />
        <location filename="../../seatdesk/ui/visitors/form.py" line="231" />
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/form.py" line="91" />
        <location filename="../../seatdesk/ui/visitors/form.py" line="101" />
        <source>Mobile (optional)</source>
        <translation>Mobile (optional)</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/form.py" line="94" />
        <location filename="../../seatdesk/ui/visitors/form.py" line="102" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/form.py" line="95" />
        <location filename="../../seatdesk/ui/visitors/form.py" line="103" />
        <source>Purpose of the visit</source>
        <translation>Purpose of the visit</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/form.py" line="96" />
        <source>Visitor</source>
        <translation>Visitor</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/form.py" line="108" />
        <location filename="../../seatdesk/ui/visitors/form.py" line="124" />
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/form.py" line="111" />
        <location filename="../../seatdesk/ui/visitors/form.py" line="125" />
        <source>Approver</source>
        <translation>Approver</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/form.py" line="112" />
        <location filename="../../seatdesk/ui/visitors/form.py" line="126" />
        <source>Approval reference</source>
        <translation>Approval reference</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/form.py" line="116" />
        <location filename="../../seatdesk/ui/visitors/form.py" line="127" />
        <source>Approved at</source>
        <translation>Approved at</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/form.py" line="121" />
        <location filename="../../seatdesk/ui/visitors/form.py" line="128" />
        <source>Expected on</source>
        <translation>Expected on</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/form.py" line="122" />
        <source>Approval</source>
        <translation>Approval</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/form.py" line="231" />
        <source>ID number shown at the door</source>
        <translation>ID number shown at the door</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/form.py" line="235" />
        <source>Register and sign in</source>
        <translation>Register and sign in</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/form.py" line="236" />
        <source>Pre-register</source>
        <translation>Pre-register</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/form.py" line="237" />
        <source>Sign in to the hall</source>
        <translation>Sign in to the hall</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/form.py" line="244" />
        <source>Signing in %1 (%2), pre-registered for %3. Compare the document with the registration: type its number below.</source>
        <translation>Signing in %1 (%2), pre-registered for %3. Compare the document with the registration: type its number below.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/form.py" line="334" />
        <source>Not registered: the visitor matches the watch list.</source>
        <translation>Not registered: the visitor matches the watch list.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/form.py" line="348" />
        <location filename="../../seatdesk/ui/visitors/form.py" line="349" />
        <source>%1 signed in: badge %2.</source>
        <translation>%1 signed in: badge %2.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/form.py" line="350" />
        <source>%1 pre-registered for %2.</source>
        <translation>%1 pre-registered for %2.</translation>
    </message>
</context>
<context>
    <name>VisitorHallLink</name>
    <message>
        <location filename="../../seatdesk/ui/visitors/hall_link.py" line="36" />
        <source>Visitors…</source>
        <translation>Visitors…</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/hall_link.py" line="38" />
        <source>Visitor register (%1)</source>
        <translation>Visitor register (%1)</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/hall_link.py" line="41" />
        <source>Visitor register</source>
        <translation>Visitor register</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/hall_link.py" line="60" />
        <source>Closing time: %1 visitor(s) still in the hall were signed out and flagged.</source>
        <translation>Closing time: %1 visitor(s) still in the hall were signed out and flagged.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/hall_link.py" line="53" />
        <source>Visitors in the hall: %1 · strict masking</source>
        <translation>Visitors in the hall: %1 · strict masking</translation>
    </message>
</context>
<context>
    <name>VisitorReports</name>
    <message>
        <location filename="../../seatdesk/ui/visitors/reports.py" line="62" />
        <source>Save the daily visitor log (PDF)…</source>
        <translation>Save the daily visitor log (PDF)…</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/reports.py" line="65" />
        <source>Save the evacuation roster (PDF)…</source>
        <translation>Save the evacuation roster (PDF)…</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/reports.py" line="68" />
        <source>Print evacuation roster…</source>
        <translation>Print evacuation roster…</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/reports.py" line="71" />
        <source>Anonymise entries past the retention period…</source>
        <translation>Anonymise entries past the retention period…</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/reports.py" line="77" />
        <source>Reports hold names, badges and hosts; ID numbers are masked. Each export is recorded with the file's fingerprint and carries your watermark.</source>
        <translation>Reports hold names, badges and hosts; ID numbers are masked. Each export is recorded with the file's fingerprint and carries your watermark.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/reports.py" line="83" />
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/reports.py" line="94" />
        <source>Entries are anonymised %1 days after the visit.</source>
        <translation>Entries are anonymised %1 days after the visit.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/reports.py" line="104" />
        <source>Saved %1 (SHA-256 %2…).</source>
        <translation>Saved %1 (SHA-256 %2…).</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/reports.py" line="109" />
        <source>Save the evacuation roster</source>
        <translation>Save the evacuation roster</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/reports.py" line="124" />
        <source>Save the daily visitor log</source>
        <translation>Save the daily visitor log</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/reports.py" line="154" />
        <source>The evacuation roster was sent to the printer.</source>
        <translation>The evacuation roster was sent to the printer.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/reports.py" line="164" />
        <source>No entries are past the retention period.</source>
        <translation>No entries are past the retention period.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/reports.py" line="168" />
        <source>Retention</source>
        <translation>Retention</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/reports.py" line="169" />
        <source>Anonymise %1 visitor entries closed more than %2 days ago?</source>
        <translation>Anonymise %1 visitor entries closed more than %2 days ago?</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/reports.py" line="176" />
        <source>%1 entries anonymised.</source>
        <translation>%1 entries anonymised.</translation>
    </message>
</context>
<context>
    <name>VisitorsWindow</name>
    <message>
        <location filename="../../seatdesk/ui/visitors/window.py" line="42" />
        <source>Visitors — seat hall register</source>
        <translation>Visitors — seat hall register</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/window.py" line="71" />
        <source>In the hall</source>
        <translation>In the hall</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/window.py" line="72" />
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/window.py" line="73" />
        <source>Expected</source>
        <translation>Expected</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/window.py" line="74" />
        <source>Watch list</source>
        <translation>Watch list</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/window.py" line="75" />
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
</context>
<context>
    <name>WatchEntryDialog</name>
    <message>
        <location filename="../../seatdesk/ui/visitors/dialogs.py" line="163" />
        <source>Add to the watch list</source>
        <translation>Add to the watch list</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/dialogs.py" line="165" />
        <source>By ID number</source>
        <translation>By ID number</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/dialogs.py" line="168" />
        <source>By name and organisation</source>
        <translation>By name and organisation</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/dialogs.py" line="186" />
        <source>ID type</source>
        <translation>ID type</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/dialogs.py" line="187" />
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/dialogs.py" line="189" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/dialogs.py" line="190" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/dialogs.py" line="191" />
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/dialogs.py" line="192" />
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/dialogs.py" line="192" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>WatchList</name>
    <message>
        <location filename="../../seatdesk/ui/visitors/watch.py" line="33" />
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/watch.py" line="33" />
        <source>Name and organisation</source>
        <translation>Name and organisation</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/watch.py" line="36" />
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/watch.py" line="37" />
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/watch.py" line="38" />
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/watch.py" line="39" />
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/watch.py" line="40" />
        <source>By whom</source>
        <translation>By whom</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/watch.py" line="52" />
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/watch.py" line="55" />
        <source>Remove…</source>
        <translation>Remove…</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/watch.py" line="62" />
        <source>A visitor who matches an entry cannot be registered or signed in until a security officer overrides the match with a reason. Only security officers change the list.</source>
        <translation>A visitor who matches an entry cannot be registered or signed in until a security officer overrides the match with a reason. Only security officers change the list.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/watch.py" line="84" />
        <source>Select an entry first.</source>
        <translation>Select an entry first.</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/watch.py" line="87" />
        <source>Remove from the watch list</source>
        <translation>Remove from the watch list</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/watch.py" line="87" />
        <source>Why is the entry removed?</source>
        <translation>Why is the entry removed?</translation>
    </message>
</context>
<context>
    <name>WrapUpDialog</name>
    <message>
        <location filename="../../seatdesk/ui/wrap_up_dialog.py" line="59" />
        <source>Wrap-up</source>
        <translation>Wrap-up</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/wrap_up_dialog.py" line="65" />
        <source>caller not identified</source>
        <translation>caller not identified</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/wrap_up_dialog.py" line="67" />
        <source>Call %1 · %2 · %3</source>
        <translation>Call %1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/wrap_up_dialog.py" line="79" />
        <source>Note (optional)</source>
        <translation>Note (optional)</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/wrap_up_dialog.py" line="80" />
        <source>Follow up on</source>
        <translation>Follow up on</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/wrap_up_dialog.py" line="97" />
        <source>Not identified</source>
        <translation>Not identified</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/wrap_up_dialog.py" line="99" />
        <source>This was customer %1</source>
        <translation>This was customer %1</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/wrap_up_dialog.py" line="108" />
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/wrap_up_dialog.py" line="109" />
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/wrap_up_dialog.py" line="110" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/wrap_up_dialog.py" line="112" />
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/wrap_up_dialog.py" line="112" />
        <source>Skip</source>
        <translation>Skip</translation>
    </message>
</context>
</TS>