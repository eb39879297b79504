<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../seatdesk/ui/admin_window.py" line="53" />
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/admin_window.py" line="53" />
        <source>Add account</source>
        <translation>新增账号</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/admin_window.py" line="72" />
        <source>Staff ID</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/admin_window.py" line="74" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/admin_window.py" line="75" />
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/admin_window.py" line="78" />
        <source>An account that may see customer data needs a security officer here: they type their staff ID and password, and the first password, which they hand to the person. The admin does not learn it.</source>
        <translation>可查看客户数据的账号须由信息安全专员在场审批：由其输入本人工号和密码，并设定初始密码交给本人，管理员不知晓该密码。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/admin_window.py" line="85" />
        <source>Approving officer</source>
        <translation>审批的信息安全专员</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/admin_window.py" line="86" />
        <source>Officer's password</source>
        <translation>专员密码</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/admin_window.py" line="87" />
        <source>First password</source>
        <translation>初始密码</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/admin_window.py" line="88" />
        <source>Repeat it</source>
        <translation>再次输入</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/admin_window.py" line="90" />
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/admin_window.py" line="90" />
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/admin_window.py" line="90" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/admin_window.py" line="110" />
        <source>Give the staff ID.</source>
        <translation>请填写工号。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/admin_window.py" line="112" />
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/admin_window.py" line="114" />
        <source>This account may see customer data: an officer approves.</source>
        <translation>该账号可查看客户数据，须由信息安全专员审批。</translation>
    </message>
</context>
<context>
    <name>AddPartnerDialog</name>
    <message>
        <location filename="../../seatdesk/ui/partner_register.py" line="69" />
        <source>Register a partner's agreement</source>
        <translation>登记合作方保密协议</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/partner_register.py" line="74" />
        <location filename="../../seatdesk/ui/partner_register.py" line="99" />
        <source>Partner</source>
        <translation>合作方</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/partner_register.py" line="75" />
        <location filename="../../seatdesk/ui/partner_register.py" line="100" />
        <source>Agreement number</source>
        <translation>协议编号</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/partner_register.py" line="82" />
        <location filename="../../seatdesk/ui/partner_register.py" line="103" />
        <source>Purposes</source>
        <translation>用途</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/partner_register.py" line="83" />
        <source>Separated by semicolons: 监管报送; 投诉复核</source>
        <translation>以分号分隔：监管报送；投诉复核</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/partner_register.py" line="92" />
        <location filename="../../seatdesk/ui/partner_register.py" line="105" />
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/partner_register.py" line="93" />
        <location filename="../../seatdesk/ui/partner_register.py" line="121" />
        <source>Add a signed copy…</source>
        <translation>添加签署件…</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/partner_register.py" line="96" />
        <source>None: only its name, size and SHA-256 are kept.</source>
        <translation>无：仅记录文件名、大小和 SHA-256，不保存文件本身。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/partner_register.py" line="101" />
        <source>Signed on</source>
        <translation>签订日期</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/partner_register.py" line="102" />
        <source>Expires on</source>
        <translation>到期日期</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/partner_register.py" line="104" />
        <source>Information classes</source>
        <translation>信息类别</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/partner_register.py" line="107" />
        <source>Register</source>
        <translation>登记</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/partner_register.py" line="107" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>AdminWindow</name>
    <message>
        <location filename="../../seatdesk/ui/admin_window.py" line="130" />
        <source>Administration</source>
        <translation>系统管理</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/admin_window.py" line="135" />
        <location filename="../../seatdesk/ui/admin_window.py" line="158" />
        <source>Accounts</source>
        <translation>账号</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/admin_window.py" line="136" />
        <source>Backups and keys</source>
        <translation>备份与密钥</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/admin_window.py" line="145" />
        <source>Staff ID</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/admin_window.py" line="145" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/admin_window.py" line="145" />
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/admin_window.py" line="145" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/admin_window.py" line="150" />
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/admin_window.py" line="152" />
        <source>new</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/admin_window.py" line="154" />
        <source>active</source>
        <translation>在用</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/admin_window.py" line="159" />
        <source>Add account…</source>
        <translation>新增账号…</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/admin_window.py" line="162" />
        <source>Reset password…</source>
        <translation>重置密码…</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/admin_window.py" line="167" />
        <source>Staff ID to disable</source>
        <translation>要停用的工号</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/admin_window.py" line="168" />
        <source>Disable</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/admin_window.py" line="220" />
        <source>Added %1: the password must be changed at first sign-in.</source>
        <translation>已新增 %1：首次登录须修改密码。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/admin_window.py" line="223" />
        <source>New password for %1: it must be changed at the next sign-in.</source>
        <translation>已为 %1 设置新密码：下次登录须修改。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/admin_window.py" line="246" />
        <source>%1 disabled.</source>
        <translation>%1 已停用。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/admin_window.py" line="257" />
        <location filename="../../seatdesk/ui/admin_window.py" line="295" />
        <source>Back up now…</source>
        <translation>立即备份…</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/admin_window.py" line="278" />
        <source>never</source>
        <translation>从未备份</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/admin_window.py" line="279" />
        <source>Last backup: %1</source>
        <translation>最近备份：%1</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/admin_window.py" line="281" />
        <source>a backup is due</source>
        <translation>应进行备份</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/admin_window.py" line="285" />
        <source>Keys: the device secret is in this computer's keyring.</source>
        <translation>密钥：设备密钥保存在本机的系统密钥环中。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/admin_window.py" line="288" />
        <source>Keys: no device secret (key storage none). The vault is protected by passwords alone.</source>
        <translation>密钥：未使用设备密钥（key storage none），保险库仅由密码保护。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/admin_window.py" line="308" />
        <source>Backup written and checked: %1 (%2 customers)</source>
        <translation>备份已写入并校验：%1（%2 位客户）</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="308" />
        <source>Confidentiality agreement</source>
        <translation>保密协议</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="313" />
        <source>I have read the agreement and accept it</source>
        <translation>我已阅读并同意上述协议</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="317" />
        <location filename="../../seatdesk/ui/dialogs.py" line="318" />
        <source>Type your staff ID to confirm</source>
        <translation>输入您的工号以确认</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="319" />
        <source>Accept</source>
        <translation>确认</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="319" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ApprovalAsk</name>
    <message>
        <location filename="../../seatdesk/ui/approval_ask.py" line="41" />
        <source>Asked through the hall at %1: waiting for an approver to come.</source>
        <translation>已于 %1 通过大厅发出请求：等待审批人前来。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/approval_ask.py" line="44" />
        <source>%2 is coming to this seat (asked at %1).</source>
        <translation>%2 正在前来本座席（%1 发出请求）。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/approval_ask.py" line="45" />
        <source>%2 declined: %3</source>
        <translation>%2 已拒绝：%3</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/approval_ask.py" line="46" />
        <source>The request asked at %1 expired: ask again, or sign here.</source>
        <translation>%1 发出的请求已失效：请重新请求，或由审批人在此签核。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/approval_ask.py" line="49" />
        <source>The request was cancelled.</source>
        <translation>请求已取消。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/approval_ask.py" line="50" />
        <source>Authorised at this seat.</source>
        <translation>已在本座席完成复核。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/approval_ask.py" line="68" />
        <source>Ask the security officer through the hall</source>
        <translation>通过大厅请求信息安全专员</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/approval_ask.py" line="70" />
        <source>Ask a supervisor through the hall</source>
        <translation>通过大厅请求班组长</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/approval_ask.py" line="74" />
        <source>Cancel the request</source>
        <translation>取消请求</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/approval_ask.py" line="79" />
        <source>Or ask through the hall: the approver sees it at their seat, comes here and signs at this seat. No key and no customer value leaves this seat.</source>
        <translation>也可通过大厅请求：审批人在自己的座席看到请求后前来，在本座席签核。密钥和客户信息都不会离开本座席。</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="117" />
        <source>Authorisation at the seat</source>
        <translation>现场授权（双人复核）</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="124" />
        <source>This export needs the authorisation of a %1. They enter their staff ID and password here.</source>
        <translation>导出需要%1授权，请其在此输入工号和密码。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="129" />
        <source>This reveal needs the authorisation of a %1. They enter their staff ID and password here.</source>
        <translation>查看原值需要%1授权，请其在此输入工号和密码。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="137" />
        <source>Approver staff ID</source>
        <translation>授权人工号</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="141" />
        <source>Approver password</source>
        <translation>授权人密码</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="144" />
        <source>Staff ID</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="145" />
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="146" />
        <source>Authorise</source>
        <translation>授权</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="146" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ApprovalsWindow</name>
    <message>
        <location filename="../../seatdesk/ui/approvals_window.py" line="37" />
        <source>Approvals</source>
        <translation>复核请求</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/approvals_window.py" line="47" />
        <source>Asked by</source>
        <translation>请求人</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/approvals_window.py" line="48" />
        <source>Seat</source>
        <translation>座席</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/approvals_window.py" line="49" />
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/approvals_window.py" line="50" />
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/approvals_window.py" line="51" />
        <source>Tier</source>
        <translation>密级</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/approvals_window.py" line="52" />
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/approvals_window.py" line="53" />
        <source>Waiting since</source>
        <translation>等待起始</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/approvals_window.py" line="54" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/approvals_window.py" line="65" />
        <source>Requests of the hall that your role may approve. The approval is signed at the agent's seat: go there, and type your staff ID and password in their dialog. No key travels through the hall.</source>
        <translation>大厅中您的角色可以审批的请求。复核须在发起请求的座席上签核：请前往该座席，在其对话框中输入您的工号和口令。密钥不会经由大厅传递。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/approvals_window.py" line="73" />
        <source>Approval requests</source>
        <translation>复核请求列表</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/approvals_window.py" line="78" />
        <source>On my way</source>
        <translation>我这就来</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/approvals_window.py" line="83" />
        <source>Why the request is declined</source>
        <translation>拒绝的理由</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/approvals_window.py" line="84" />
        <source>Reason for declining</source>
        <translation>拒绝理由</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/approvals_window.py" line="85" />
        <source>Decline</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/approvals_window.py" line="120" />
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/approvals_window.py" line="122" />
        <source>%1 is on the way</source>
        <translation>%1 正在前往</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/approvals_window.py" line="124" />
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/approvals_window.py" line="159" />
        <source>%1 waiting for an approver, %2 in all</source>
        <translation>%1 条等待审批人，共 %2 条</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/approvals_window.py" line="171" />
        <source>Choose a request first.</source>
        <translation>请先选择一条请求。</translation>
    </message>
</context>
<context>
    <name>Assessment</name>
    <message>
        <location filename="../../seatdesk/ui/training_dialog.py" line="38" />
        <source>Confidentiality assessment</source>
        <translation>保密培训考核</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/training_dialog.py" line="44" />
        <source>%1: answer every question; %2 out of 100 passes. Your answers are graded and recorded when you submit.</source>
        <translation>%1：请回答全部题目，满分 100 分，%2 分及格。提交后系统评分并记录成绩。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/training_dialog.py" line="88" />
        <source>Submit answers</source>
        <translation>提交答案</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/training_dialog.py" line="92" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/training_dialog.py" line="113" />
        <source>%1 question(s) not answered yet.</source>
        <translation>还有 %1 道题未作答。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/training_dialog.py" line="126" />
        <source>Score %1: passed. Valid until %2.</source>
        <translation>得分 %1：考核通过，有效期至 %2。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/training_dialog.py" line="133" />
        <source>Score %1: not passed (%2 needed). Read the confidentiality rules again and retake the assessment.</source>
        <translation>得分 %1：未通过（需 %2 分）。请重新学习保密规定后再次参加考核。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/training_dialog.py" line="159" />
        <source>Your confidentiality training (%1) lapsed on %2: pass the assessment (Security menu) within the grace days, or customer data closes.</source>
        <translation>您的保密培训（%1）已于 %2 到期：请在宽限期内通过考核（“安全”菜单），否则将无法查看客户信息。</translation>
    </message>
</context>
<context>
    <name>AssessmentRegister</name>
    <message>
        <location filename="../../seatdesk/ui/assessment_register.py" line="44" />
        <source>Sensitive personal information</source>
        <translation>处理敏感个人信息</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/assessment_register.py" line="45" />
        <source>Automated decision-making</source>
        <translation>利用个人信息进行自动化决策</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/assessment_register.py" line="46" />
        <source>Entrusting, providing to others, disclosing</source>
        <translation>委托处理、向他人提供、公开个人信息</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/assessment_register.py" line="49" />
        <source>Providing abroad</source>
        <translation>向境外提供个人信息</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/assessment_register.py" line="50" />
        <source>Other processing with major impact</source>
        <translation>其他对个人权益有重大影响的处理</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/assessment_register.py" line="56" />
        <source>Approved</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/assessment_register.py" line="57" />
        <source>Approved with measures</source>
        <translation>附措施通过</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/assessment_register.py" line="58" />
        <source>Refused</source>
        <translation>不通过</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/assessment_register.py" line="65" />
        <source>Impact assessments: none due for review or missing.</source>
        <translation>个人信息保护影响评估：无待复评或缺少的评估。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/assessment_register.py" line="70" />
        <source>%1: review due (%2, %3)</source>
        <translation>%1：待复评（%2，%3）</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/assessment_register.py" line="75" />
        <source>%1: no assessment</source>
        <translation>%1：缺少评估</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/assessment_register.py" line="80" />
        <source>Impact assessments: %1</source>
        <translation>个人信息保护影响评估：%1</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/assessment_register.py" line="87" />
        <location filename="../../seatdesk/ui/assessment_register.py" line="113" />
        <source>Impact assessments</source>
        <translation>影响评估</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/assessment_register.py" line="101" />
        <source>Ref</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/assessment_register.py" line="102" />
        <source>Assessed</source>
        <translation>评估日期</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/assessment_register.py" line="103" />
        <location filename="../../seatdesk/ui/assessment_register.py" line="159" />
        <source>Art. 55 case</source>
        <translation>第五十五条情形</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/assessment_register.py" line="104" />
        <location filename="../../seatdesk/ui/assessment_register.py" line="160" />
        <source>Result</source>
        <translation>结论</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/assessment_register.py" line="105" />
        <location filename="../../seatdesk/ui/assessment_register.py" line="163" />
        <source>Next review</source>
        <translation>复评日期</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/assessment_register.py" line="106" />
        <location filename="../../seatdesk/ui/assessment_register.py" line="158" />
        <source>Scope</source>
        <translation>评估范围</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/assessment_register.py" line="132" />
        <source>What processing</source>
        <translation>评估的处理活动</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/assessment_register.py" line="146" />
        <location filename="../../seatdesk/ui/assessment_register.py" line="254" />
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/assessment_register.py" line="147" />
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/assessment_register.py" line="149" />
        <source>Record assessment</source>
        <translation>登记评估</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/assessment_register.py" line="157" />
        <source>Assessed on</source>
        <translation>评估日期</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/assessment_register.py" line="161" />
        <source>Measures</source>
        <translation>保护措施</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/assessment_register.py" line="162" />
        <source>Reviewer</source>
        <translation>评估人</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/assessment_register.py" line="164" />
        <source>Signed report (SHA-256)</source>
        <translation>签字报告（SHA-256）</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/assessment_register.py" line="180" />
        <source>%1 (review due)</source>
        <translation>%1（待复评）</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/assessment_register.py" line="206" />
        <source>%1 · measures: %2 · reviewer: %3 · report SHA-256: %4 · kept until %5</source>
        <translation>%1 · 保护措施：%2 · 评估人：%3 · 报告 SHA-256：%4 · 保存至 %5</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/assessment_register.py" line="220" />
        <source>Signed report</source>
        <translation>签字报告</translation>
    </message>
</context>
<context>
    <name>AuditViewerWindow</name>
    <message>
        <location filename="../../seatdesk/ui/audit_viewer.py" line="50" />
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_viewer.py" line="53" />
        <source>Search the log</source>
        <translation>查询日志</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_viewer.py" line="54" />
        <location filename="../../seatdesk/ui/audit_viewer.py" line="242" />
        <source>Who saw this customer</source>
        <translation>谁查看过该客户</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_viewer.py" line="64" />
        <source>ok</source>
        <translation>成功</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_viewer.py" line="65" />
        <source>denied</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_viewer.py" line="66" />
        <source>locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_viewer.py" line="67" />
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_viewer.py" line="68" />
        <source>no match</source>
        <translation>不一致</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_viewer.py" line="69" />
        <source>match</source>
        <translation>一致</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_viewer.py" line="70" />
        <source>checked</source>
        <translation>已检查</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_viewer.py" line="71" />
        <source>started</source>
        <translation>已开始</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_viewer.py" line="72" />
        <source>nothing to compare</source>
        <translation>无可比对信息</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_viewer.py" line="85" />
        <source>Staff ID</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_viewer.py" line="88" />
        <source>e.g. record.reveal, or record. for all</source>
        <translation>如 record.reveal，或 record. 表示全部</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_viewer.py" line="91" />
        <source>Customer number, call, pass…</source>
        <translation>客户号、通话、通行证…</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_viewer.py" line="94" />
        <source>Phone number searched or calling</source>
        <translation>查询或来电的电话号码</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_viewer.py" line="98" />
        <source>any</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_viewer.py" line="106" />
        <source>Search</source>
        <translation>查询</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_viewer.py" line="115" />
        <location filename="../../seatdesk/ui/audit_viewer.py" line="219" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_viewer.py" line="116" />
        <location filename="../../seatdesk/ui/audit_viewer.py" line="220" />
        <source>Staff</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_viewer.py" line="117" />
        <location filename="../../seatdesk/ui/audit_viewer.py" line="221" />
        <source>Seat</source>
        <translation>座席</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_viewer.py" line="118" />
        <location filename="../../seatdesk/ui/audit_viewer.py" line="222" />
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_viewer.py" line="119" />
        <source>Target</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_viewer.py" line="120" />
        <source>Outcome</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_viewer.py" line="121" />
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_viewer.py" line="136" />
        <source>Audit entries</source>
        <translation>审计记录</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_viewer.py" line="141" />
        <source>Who, what, on whom</source>
        <translation>人员、操作、对象</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_viewer.py" line="148" />
        <source>From, to (hall's days)</source>
        <translation>起止日期（大厅时间）</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_viewer.py" line="182" />
        <source>%1 entries, newest first</source>
        <translation>共 %1 条，最新在前</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_viewer.py" line="194" />
        <source>viewed</source>
        <translation>查看</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_viewer.py" line="195" />
        <source>verified</source>
        <translation>核验</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_viewer.py" line="196" />
        <source>revealed</source>
        <translation>查看原值</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_viewer.py" line="197" />
        <source>masked</source>
        <translation>掩码</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_viewer.py" line="198" />
        <source>in clear</source>
        <translation>原值</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_viewer.py" line="204" />
        <source>Customer number</source>
        <translation>客户号</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_viewer.py" line="209" />
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_viewer.py" line="210" />
        <source>Who saw</source>
        <translation>查询</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_viewer.py" line="223" />
        <source>Fields</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_viewer.py" line="224" />
        <source>Shown</source>
        <translation>显示方式</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_viewer.py" line="225" />
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_viewer.py" line="226" />
        <source>Approver</source>
        <translation>批准人</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_viewer.py" line="268" />
        <source>%1 looks by %2 people (%3), %4 of them revealed a value</source>
        <translation>共 %1 次查看，涉及 %2 人（%3），其中 %4 次查看了原值</translation>
    </message>
</context>
<context>
    <name>AuditWords</name>
    <message>
        <location filename="../../seatdesk/ui/audit_words.py" line="16" />
        <source>Signed in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_words.py" line="17" />
        <source>Sign-in failed</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_words.py" line="18" />
        <source>Signed in with the recovery key</source>
        <translation>使用恢复密钥登录</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_words.py" line="19" />
        <source>Signed out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_words.py" line="20" />
        <source>Accepted the confidentiality agreement</source>
        <translation>确认保密协议</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_words.py" line="21" />
        <source>Seat locked</source>
        <translation>座席锁定</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_words.py" line="22" />
        <source>Seat unlocked</source>
        <translation>座席解锁</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_words.py" line="23" />
        <source>Copy or capture blocked</source>
        <translation>复制或截屏被阻止</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_words.py" line="24" />
        <source>Capture attempt noticed</source>
        <translation>发现截屏尝试</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_words.py" line="25" />
        <source>Searched customers</source>
        <translation>查询客户</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_words.py" line="26" />
        <source>Viewed a customer</source>
        <translation>查看客户</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_words.py" line="27" />
        <source>Revealed a value</source>
        <translation>查看原值</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_words.py" line="28" />
        <source>Verified a value</source>
        <translation>核验信息</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_words.py" line="29" />
        <source>Contact recorded</source>
        <translation>记录联系</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_words.py" line="30" />
        <source>Consent withdrawn</source>
        <translation>撤回同意</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_words.py" line="31" />
        <source>Exported customers</source>
        <translation>导出客户</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_words.py" line="32" />
        <source>Export refused (no covering agreement)</source>
        <translation>导出被拒绝（无涵盖的协议）</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_words.py" line="33" />
        <source>Partner agreement registered</source>
        <translation>登记合作方协议</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_words.py" line="34" />
        <source>Partner agreement ended early</source>
        <translation>提前终止合作方协议</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_words.py" line="35" />
        <source>Partner register written as PDF</source>
        <translation>导出合作方登记 PDF</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_words.py" line="36" />
        <source>Partner register written as CSV</source>
        <translation>导出合作方登记 CSV</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_words.py" line="37" />
        <source>Retention purge</source>
        <translation>到期清理</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_words.py" line="38" />
        <source>Authorisation at the seat</source>
        <translation>现场授权（双人复核）</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_words.py" line="39" />
        <source>Asked for an approver through the hall</source>
        <translation>通过大厅请求审批人</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_words.py" line="40" />
        <source>Gave the hall the 一类 verifiers</source>
        <translation>向大厅提交一类核验值</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_words.py" line="41" />
        <source>On the way to an approval request</source>
        <translation>前往处理复核请求</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_words.py" line="42" />
        <source>Approval request declined</source>
        <translation>复核请求已拒绝</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_words.py" line="43" />
        <source>Approval request cancelled</source>
        <translation>复核请求已取消</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_words.py" line="44" />
        <source>Approval request expired</source>
        <translation>复核请求已失效</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_words.py" line="45" />
        <source>Approval request granted at the seat</source>
        <translation>复核请求已在座席完成</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_words.py" line="46" />
        <source>Call started</source>
        <translation>来电开始</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_words.py" line="47" />
        <source>Call linked to a customer</source>
        <translation>来电关联客户</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_words.py" line="48" />
        <source>Call ended</source>
        <translation>通话结束</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_words.py" line="49" />
        <source>Call wrap-up</source>
        <translation>通话小结</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_words.py" line="50" />
        <source>Incident reported</source>
        <translation>上报事件</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_words.py" line="51" />
        <source>Visitor registered</source>
        <translation>访客登记</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_words.py" line="52" />
        <source>Visitor signed in</source>
        <translation>访客入场</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_words.py" line="53" />
        <source>Visitor signed out</source>
        <translation>访客离场</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_words.py" line="54" />
        <source>Visitor board opened</source>
        <translation>查看访客看板</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_words.py" line="55" />
        <source>Account added</source>
        <translation>新增账号</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_words.py" line="56" />
        <source>Password changed or reset</source>
        <translation>修改或重置密码</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_words.py" line="57" />
        <source>Role changed</source>
        <translation>变更角色</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_words.py" line="58" />
        <source>Backup written</source>
        <translation>写入备份</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_words.py" line="59" />
        <source>Audit log searched</source>
        <translation>检索审计日志</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_words.py" line="60" />
        <source>Who saw this customer</source>
        <translation>谁查看过该客户</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_words.py" line="61" />
        <source>Audit log exported</source>
        <translation>导出审计日志</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_words.py" line="62" />
        <location filename="../../seatdesk/ui/audit_words.py" line="83" />
        <source>Access review</source>
        <translation>访问复核</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_words.py" line="63" />
        <source>Audit retention purge</source>
        <translation>审计日志到期清理</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_words.py" line="64" />
        <source>Entries purged before here</source>
        <translation>此前的记录已清理</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_words.py" line="70" />
        <source>Customer record</source>
        <translation>客户记录</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_words.py" line="71" />
        <source>Approval request</source>
        <translation>复核请求</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_words.py" line="72" />
        <source>Customer records</source>
        <translation>客户记录（批量）</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_words.py" line="73" />
        <source>Customer data</source>
        <translation>客户数据</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_words.py" line="74" />
        <source>Call</source>
        <translation>通话</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_words.py" line="75" />
        <source>Visitor register</source>
        <translation>外来人员登记</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_words.py" line="76" />
        <source>Watch list</source>
        <translation>关注名单</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_words.py" line="77" />
        <source>Incident</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_words.py" line="78" />
        <source>Accounts</source>
        <translation>账号</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_words.py" line="79" />
        <source>Sign-in protection</source>
        <translation>登录保护</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_words.py" line="80" />
        <source>Vault</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_words.py" line="81" />
        <source>Hall</source>
        <translation>大厅服务</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_words.py" line="82" />
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_words.py" line="84" />
        <source>Impact assessments</source>
        <translation>影响评估</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_words.py" line="85" />
        <source>Seat</source>
        <translation>座席</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/audit_words.py" line="86" />
        <source>Guards</source>
        <translation>防护</translation>
    </message>
</context>
<context>
    <name>CallBar</name>
    <message>
        <location filename="../../seatdesk/ui/call_bar.py" line="32" />
        <location filename="../../seatdesk/ui/call_bar.py" line="78" />
        <source>No active call</source>
        <translation>当前无通话</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/call_bar.py" line="34" />
        <source>End call</source>
        <translation>结束通话</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/call_bar.py" line="38" />
        <source>Report incident</source>
        <translation>报告泄密</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/call_bar.py" line="45" />
        <source>Export (masked)…</source>
        <translation>导出（掩码）…</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/call_bar.py" line="52" />
        <source>Incidents</source>
        <translation>事件处理</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/call_bar.py" line="75" />
        <source>Call in progress</source>
        <translation>通话进行中</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/call_bar.py" line="83" />
        <source>not identified</source>
        <translation>未确认</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/call_bar.py" line="85" />
        <source>Active call %1 · %2 · customer %3</source>
        <translation>通话中 %1 · %2 · 客户 %3</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../seatdesk/ui/password_dialog.py" line="22" />
        <source>SeatDesk — change your password</source>
        <translation>SeatDesk — 修改密码</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/password_dialog.py" line="25" />
        <source>Your password was set by an administrator. Choose your own now (at least %1 characters, not your staff ID).</source>
        <translation>您的密码由管理员设置，请现在设置自己的密码（至少 %1 个字符，且不能与工号相同）。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/password_dialog.py" line="30" />
        <location filename="../../seatdesk/ui/password_dialog.py" line="34" />
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/password_dialog.py" line="31" />
        <location filename="../../seatdesk/ui/password_dialog.py" line="35" />
        <source>Repeat</source>
        <translation>再次输入</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/password_dialog.py" line="36" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/password_dialog.py" line="36" />
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/password_dialog.py" line="49" />
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>ContainmentDialog</name>
    <message>
        <location filename="../../seatdesk/ui/incident_dialog.py" line="139" />
        <source>Reported — contain it now</source>
        <translation>已报告 — 立即控制</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_dialog.py" line="140" />
        <source>Reported as %1. Stop the harm now:</source>
        <translation>已报告，编号 %1。请立即采取控制措施：</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_dialog.py" line="141" />
        <source>Lock this seat now</source>
        <translation>立即锁定本座席</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_dialog.py" line="146" />
        <source>Staff IDs whose password must change</source>
        <translation>须立即修改密码的工号</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_dialog.py" line="148" />
        <source>Staff IDs whose password must change, e.g. A1001, A1002</source>
        <translation>须立即修改密码的工号，如 A1001, A1002</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_dialog.py" line="151" />
        <source>Done</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>DeskApp</name>
    <message>
        <location filename="../../seatdesk/ui/desk_app.py" line="167" />
        <source>SeatDesk is already running for this user; it has been brought to the front.</source>
        <translation>当前用户的 SeatDesk 已在运行，已切换到该窗口。</translation>
    </message>
</context>
<context>
    <name>DeskMenu</name>
    <message>
        <location filename="../../seatdesk/ui/desk_menu.py" line="67" />
        <source>Help</source>
        <translation>帮助</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/desk_menu.py" line="71" />
        <source>Keyboard shortcuts</source>
        <translation>快捷键</translation>
    </message>
</context>
<context>
    <name>DeskPage</name>
    <message>
        <location filename="../../seatdesk/ui/desk_page.py" line="79" />
        <location filename="../../seatdesk/ui/desk_page.py" line="83" />
        <source>Search</source>
        <translation>查询</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/desk_page.py" line="80" />
        <source>Phone number, customer number or name</source>
        <translation>来电号码、客户号或姓名</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/desk_page.py" line="87" />
        <source>Search results</source>
        <translation>查询结果</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/desk_page.py" line="99" />
        <source>Caller</source>
        <translation>来电</translation>
    </message>
</context>
<context>
    <name>DeskPrompts</name>
    <message>
        <location filename="../../seatdesk/ui/desk_prompts.py" line="21" />
        <source>Consent withdrawn</source>
        <translation>撤回同意</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/desk_prompts.py" line="22" />
        <source>Record that customer %1 withdraws consent? The record will be deleted at the next retention purge.</source>
        <translation>确认记录客户 %1 撤回同意？该客户记录将在下次保留期清理时删除。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/desk_prompts.py" line="34" />
        <source>%1 customer(s) are due for deletion: run the retention purge.</source>
        <translation>有 %1 位客户到期待删除，请执行保留期清理。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/desk_prompts.py" line="39" />
        <source>never</source>
        <translation>从未备份</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/desk_prompts.py" line="41" />
        <source>No recent backup (last: %1): back up now under Administration.</source>
        <translation>近期没有备份（上次：%1），请在“系统管理”中立即备份。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/desk_prompts.py" line="52" />
        <source>copying</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/desk_prompts.py" line="53" />
        <source>cutting</source>
        <translation>剪切</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/desk_prompts.py" line="54" />
        <source>selecting all</source>
        <translation>全选</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/desk_prompts.py" line="55" />
        <source>printing</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/desk_prompts.py" line="56" />
        <source>the context menu</source>
        <translation>右键菜单</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/desk_prompts.py" line="57" />
        <source>dragging</source>
        <translation>拖出</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/desk_prompts.py" line="58" />
        <source>dropping</source>
        <translation>拖入</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/desk_prompts.py" line="59" />
        <source>the clipboard</source>
        <translation>剪贴板</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/desk_prompts.py" line="64" />
        <source>another way out</source>
        <translation>其他方式</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/desk_prompts.py" line="65" />
        <source>Blocked: customer data cannot leave the seat (%1). The attempt was recorded.</source>
        <translation>已阻止：客户信息不得带出座席（%1）。此次尝试已记录。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/desk_prompts.py" line="72" />
        <source>Printing customer data is not allowed; the attempt was recorded.</source>
        <translation>不允许打印客户信息；此次尝试已记录。</translation>
    </message>
</context>
<context>
    <name>DeskStatus</name>
    <message>
        <location filename="../../seatdesk/ui/desk_status.py" line="29" />
        <source>Agent</source>
        <translation>坐席员</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/desk_status.py" line="30" />
        <source>Supervisor</source>
        <translation>班组长</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/desk_status.py" line="31" />
        <source>Security officer</source>
        <translation>信息安全专员</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/desk_status.py" line="32" />
        <source>Administrator</source>
        <translation>系统管理员</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/desk_status.py" line="35" />
        <source>Signed in: %1 (%2) · seat %3</source>
        <translation>当前用户：%1（%2）· 座席 %3</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/desk_status.py" line="45" />
        <source>Policy %1</source>
        <translation>策略 %1</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/desk_status.py" line="48" />
        <source>Policy in force: %1</source>
        <translation>当前生效的策略：%1</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/desk_status.py" line="56" />
        <source>No device secret</source>
        <translation>未使用设备密钥</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/desk_status.py" line="57" />
        <source>No device secret: weaker key protection</source>
        <translation>未使用设备密钥：密钥保护较弱</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/desk_status.py" line="68" />
        <source>Screen capture blocked</source>
        <translation>已阻止屏幕截取</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/desk_status.py" line="71" />
        <source>Screen capture not blocked</source>
        <translation>屏幕截取未被阻止</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/desk_status.py" line="73" />
        <source>strict masking</source>
        <translation>严格掩码</translation>
    </message>
</context>
<context>
    <name>DeskWindow</name>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="81" />
        <source>SeatDesk — customer desk</source>
        <translation>SeatDesk 坐席保密工作台</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="136" />
        <source>Administrators see no customer data.</source>
        <translation>系统管理员不能查看客户信息。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/desk_actions.py" line="53" />
        <location filename="../../seatdesk/ui/main_window.py" line="154" />
        <source>Sign out (next person)</source>
        <translation>交班签退</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="156" />
        <source>Shift handover: sign out and let the next person sign in</source>
        <translation>交接班：签退并由下一位登录</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/desk_actions.py" line="40" />
        <source>Call</source>
        <translation>通话</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/desk_actions.py" line="40" />
        <source>Seat</source>
        <translation>座席</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/desk_actions.py" line="41" />
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/desk_actions.py" line="42" />
        <source>Security</source>
        <translation>安全</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/desk_actions.py" line="45" />
        <source>End call</source>
        <translation>结束通话</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/desk_actions.py" line="50" />
        <source>Lock the seat</source>
        <translation>锁定座席</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/desk_actions.py" line="59" />
        <source>Find a caller</source>
        <translation>查找来电客户</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/desk_actions.py" line="63" />
        <source>Verify a value</source>
        <translation>核验信息</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/desk_actions.py" line="68" />
        <source>Export (masked)…</source>
        <translation>导出（掩码）…</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/desk_actions.py" line="73" />
        <source>Report incident</source>
        <translation>报告泄密</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/desk_actions.py" line="80" />
        <source>Confidentiality training…</source>
        <translation>保密培训考核…</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/desk_actions.py" line="88" />
        <source>Incidents</source>
        <translation>事件处理</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/desk_actions.py" line="93" />
        <source>Approvals…</source>
        <translation>复核请求…</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/desk_actions.py" line="101" />
        <source>Audit log…</source>
        <translation>审计日志…</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/desk_actions.py" line="116" />
        <source>Administration</source>
        <translation>系统管理</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/desk_actions.py" line="117" />
        <source>Accounts and backups…</source>
        <translation>账号与备份…</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/desk_actions.py" line="132" />
        <source>Access review and purge…</source>
        <translation>访问复核与数据清理…</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="216" />
        <source>Tools</source>
        <translation>工具</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="290" />
        <source>Your role may not search customer records.</source>
        <translation>您的角色无权查询客户记录。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="298" />
        <source>More than %1 customers match: type more of the name.</source>
        <translation>匹配的客户超过 %1 位，请输入更完整的姓名。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="306" />
        <source>No customer matches. New caller?</source>
        <translation>未找到匹配的客户。是否为新来电客户？</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="312" />
        <source>%1 customers match: choose the caller.</source>
        <translation>有 %1 位客户匹配，请确认来电客户。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="347" />
        <source>A call is waiting.</source>
        <translation>有来电等待处理。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="448" />
        <source>SeatDesk</source>
        <translation>SeatDesk</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="446" />
        <source>Too many wrong passwords: you are signed out.</source>
        <translation>密码错误次数过多，已退出登录。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="453" />
        <source>Wrong password.</source>
        <translation>密码错误。</translation>
    </message>
</context>
<context>
    <name>DialogKit</name>
    <message>
        <location filename="../../seatdesk/ui/dialog_kit.py" line="88" />
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialog_kit.py" line="95" />
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialog_kit.py" line="96" />
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>DoorSection</name>
    <message>
        <location filename="../../seatdesk/ui/visitors/door.py" line="31" />
        <source>At the door</source>
        <translation>入场登记</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/door.py" line="34" />
        <location filename="../../seatdesk/ui/visitors/door.py" line="69" />
        <source>Badge number</source>
        <translation>胸卡号</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/door.py" line="35" />
        <location filename="../../seatdesk/ui/visitors/door.py" line="70" />
        <source>Escort</source>
        <translation>陪同人</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/door.py" line="39" />
        <location filename="../../seatdesk/ui/visitors/door.py" line="71" />
        <source>Expected departure</source>
        <translation>预计离开时间</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/door.py" line="45" />
        <source>(kept at the door)</source>
        <translation>（门口寄存）</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/door.py" line="51" />
        <source>Devices not allowed in were taken at the door</source>
        <translation>不允许带入的设备已在门口寄存</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/door.py" line="54" />
        <source>Show the confidentiality notice…</source>
        <translation>显示保密须知…</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/door.py" line="57" />
        <source>Visitor types their name</source>
        <translation>访客输入本人姓名</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/door.py" line="60" />
        <source>Signed paper form no.</source>
        <translation>纸质签署表编号</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/door.py" line="62" />
        <source>Name typed by the visitor</source>
        <translation>访客输入的姓名</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/door.py" line="63" />
        <source>Paper form number</source>
        <translation>纸质表编号</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/door.py" line="72" />
        <source>Devices</source>
        <translation>随身设备</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/door.py" line="125" />
        <source>Allowed into the hall: %1. The hall closes at %2: whoever is still in is signed out and flagged. Overstays show in red %3 minutes after the expected departure.</source>
        <translation>允许带入座席大厅：%1。每日 %2 清场，仍在场者将被强制签退并标记。超过预计离开时间 %3 分钟后以红色标示超时。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/door.py" line="129" />
        <source>no devices</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="18" />
        <source>You cannot authorise your own request.</source>
        <translation>不能为自己的申请授权。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="19" />
        <source>There is no hall to ask through: the approver signs at this seat.</source>
        <translation>没有可发出请求的大厅：审批人须在本座席签核。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="22" />
        <source>This approval request is closed already.</source>
        <translation>此复核请求已关闭。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="23" />
        <source>Another approver is on the way already.</source>
        <translation>已有其他审批人正在前往。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="24" />
        <source>Your role may not act on this request.</source>
        <translation>您的角色无权处理此请求。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="25" />
        <source>Say why the request is declined.</source>
        <translation>请说明拒绝的理由。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="26" />
        <source>%approver may not authorise this request.</source>
        <translation>%approver 无权为此申请授权。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="27" />
        <source>%approver has not accepted the confidentiality agreement: they accept it at their own sign-in first, then authorise.</source>
        <translation>%approver 尚未确认保密协议：请其先在自己登录时阅读并确认，再进行授权。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="33" />
        <source>Your role may not reveal this field for this customer.</source>
        <translation>您的角色不能查看该客户此字段的原值。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="36" />
        <source>Your reveals for this hour are used up.</source>
        <translation>本小时的查看原值次数已用完。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="37" />
        <source>Choose a reason for the reveal.</source>
        <translation>请选择查看原值的理由。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="38" />
        <source>A reveal outside a call with this customer needs an explanation.</source>
        <translation>非该客户来电期间查看原值，须填写说明。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="41" />
        <source>Nothing is stored in this field.</source>
        <translation>该字段没有存储内容。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="42" />
        <source>This reveal needs an authorisation.</source>
        <translation>查看原值需要授权。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="43" />
        <source>This value is sealed for a key that neither your account nor the approver's holds.</source>
        <translation>该信息已按密级加密封存，您的账号和授权人的账号都不持有其密钥。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="47" />
        <source>Type what the caller says first.</source>
        <translation>请先输入来电人所说的内容。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="48" />
        <source>This value is verified by the hall, and this seat has none.</source>
        <translation>该信息须由大厅服务核验，本座席未接入大厅。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="51" />
        <source>The hall checks these answers, and it cannot be reached: nothing was compared. Try again when the hall is back.</source>
        <translation>此类信息由大厅核验，目前无法连接大厅：未进行比对。请在大厅恢复后重试。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="56" />
        <source>The hall refuses more checks of this kind from you this hour (the refusal is audited).</source>
        <translation>本小时内您的此类核验次数已用完，大厅拒绝继续核验（已记录审计）。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="61" />
        <source>This seat does not hold the hall's data key yet: these answers are checked here once another enrolled seat has been online.</source>
        <translation>本座席尚未取得大厅数据密钥：须待另一台已接入大厅的座席在线后，才能在此核验此类信息。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="66" />
        <source>This record was masked under other masking rules; it is shown again after a security officer's next sign-in at this seat.</source>
        <translation>该客户记录的掩码是按其他掩码规则生成的；信息安全专员下次在本座席登录后会重新生成，届时再显示。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="72" />
        <source>This customer is no longer in the vault.</source>
        <translation>该客户已不在数据库中。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="73" />
        <source>More than %limit look-ups in a minute: wait a moment (the refusal is audited).</source>
        <translation>一分钟内查询超过 %limit 次：请稍候再查（本次拒绝已记入审计）。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="77" />
        <source>Enter a phone number, a customer number or the start of a name.</source>
        <translation>请输入来电号码、客户号或姓名开头。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="80" />
        <source>The phone system sent something that is not a phone number.</source>
        <translation>电话系统发送的不是电话号码。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="84" />
        <source>An export needs a supervisor's or security officer's authorisation.</source>
        <translation>导出须经班组长或信息安全专员授权。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="87" />
        <source>An export needs a purpose and a recipient.</source>
        <translation>导出须注明用途和接收方。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="88" />
        <source>An export holds between 1 and %max customers.</source>
        <translation>一次导出包含 1 至 %max 位客户。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="89" />
        <source>The export names a field the card does not have.</source>
        <translation>导出指定了记录卡中不存在的字段。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="90" />
        <source>The recipient has no confidentiality agreement: the export is refused (and audited).</source>
        <translation>接收方没有保密协议：导出被拒绝（已记入审计）。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="94" />
        <source>Agreement %agreement is not in force: the export is refused (and audited).</source>
        <translation>协议 %agreement 不在有效期内：导出被拒绝（已记入审计）。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="98" />
        <source>Agreement %agreement does not cover this purpose: the export is refused (and audited).</source>
        <translation>协议 %agreement 不涵盖此用途：导出被拒绝（已记入审计）。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="103" />
        <source>Agreement %agreement does not cover the information classes %classes of the exported fields: the export is refused (and audited).</source>
        <translation>协议 %agreement 不涵盖导出字段的信息类别 %classes：导出被拒绝（已记入审计）。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="109" />
        <source>Give dates as YYYY-MM-DD.</source>
        <translation>日期格式为 YYYY-MM-DD。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="110" />
        <source>Give the partner, the agreement number and at least one purpose.</source>
        <translation>请填写合作方、协议编号和至少一项用途。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="113" />
        <source>A text of the register is too long.</source>
        <translation>登记内容过长。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="114" />
        <source>Choose the information classes the agreement covers.</source>
        <translation>请选择协议涵盖的信息类别。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="117" />
        <source>The agreement cannot expire before it is signed.</source>
        <translation>协议的到期日期不能早于签订日期。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="118" />
        <source>This agreement number is already registered.</source>
        <translation>此协议编号已登记。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="119" />
        <source>No agreement has this number.</source>
        <translation>没有此编号的协议。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="120" />
        <source>Say why the agreement ends early.</source>
        <translation>请说明提前终止协议的原因。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="121" />
        <source>This agreement has already been ended.</source>
        <translation>此协议已终止。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="122" />
        <source>The attachment cannot be read.</source>
        <translation>无法读取附件。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="124" />
        <source>Say in one sentence what happened.</source>
        <translation>请用一句话说明发生了什么。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="125" />
        <source>Record the finding before closing the incident.</source>
        <translation>关闭事件前请先记录调查结论。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="128" />
        <source>A pay deduction (扣发工资) needs an amount between %low and %high yuan.</source>
        <translation>扣发工资须填写 %low 至 %high 元之间的金额。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="131" />
        <source>Name the staff member the outcome applies to.</source>
        <translation>请填写处理结果所针对的员工。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="134" />
        <source>The incident is closed.</source>
        <translation>该事件已关闭。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="135" />
        <source>The incident must first go to the next step of its workflow.</source>
        <translation>该事件须先进入流程的下一步。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="138" />
        <source>Only the security officer moves an incident along.</source>
        <translation>只有信息安全专员可以推进事件流程。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="141" />
        <source>A grade other than the suggested one needs a reason.</source>
        <translation>改用建议以外的级别须填写理由。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="144" />
        <source>Fill every field of this report.</source>
        <translation>请填写本报告的全部栏目。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="145" />
        <source>Fill at least one field.</source>
        <translation>请至少填写一项。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="146" />
        <source>Give the time as YYYY-MM-DD HH:MM on the hall's clock.</source>
        <translation>请按大厅时间填写，格式 YYYY-MM-DD HH:MM。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="149" />
        <source>No such report on this incident.</source>
        <translation>该事件没有这份报告。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="151" />
        <source>The document shown does not match the pre-registration.</source>
        <translation>出示的证件与预约登记不符。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="154" />
        <source>The approver must be a supervisor or a security officer.</source>
        <translation>审批人须为班组长或信息安全专员。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="157" />
        <source>The approver must be someone other than the person registering.</source>
        <translation>审批人不能是办理登记的本人。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="160" />
        <source>The host must be a member of the hall's staff, not the IT admin.</source>
        <translation>接待人须为大厅工作人员，不能是系统管理员。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="163" />
        <source>Badge %badge is worn by another visitor in the hall.</source>
        <translation>胸卡 %badge 正由场内另一名访客佩戴。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="166" />
        <source>A visitor with this ID number is already in the hall.</source>
        <translation>持该证件号码的访客已在场内。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="169" />
        <source>Visitor %ref is not in the hall.</source>
        <translation>访客 %ref 不在场内。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="170" />
        <source>This visitor matches the watch list: a security officer must override it.</source>
        <translation>该访客与关注名单相符，须由信息安全专员放行。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="173" />
        <source>The ID number is not valid for this ID type.</source>
        <translation>证件号码不符合该证件类型。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="174" />
        <source>The mobile is not a mainland mobile number or an international +number.</source>
        <translation>手机号码不是大陆手机号码，也不是以 + 开头的国际号码。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="177" />
        <source>A badge is 1-16 letters, digits or '-'.</source>
        <translation>胸卡号为 1 至 16 位字母、数字或“-”。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="178" />
        <source>The expected departure must be later than now.</source>
        <translation>预计离开时间须晚于现在。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="181" />
        <source>The expected departure is after closing time (%time).</source>
        <translation>预计离开时间晚于清场时间（%time）。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="184" />
        <source>The visitor acknowledges the notice by typed name or paper form.</source>
        <translation>访客须输入本人姓名或填写纸质表单以确认保密须知。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="187" />
        <source>%devices may not enter the hall; hold them at the door first.</source>
        <translation>%devices 不得带入大厅，请先在门口寄存。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="190" />
        <source>The expected date is in the past.</source>
        <translation>预约日期已过。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="191" />
        <source>A visitor is pre-registered at most %days days ahead.</source>
        <translation>外来人员最多提前 %days 天预约。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="195" />
        <source>%field is required.</source>
        <translation>%field 为必填项。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="196" />
        <source>%field: at most %max characters.</source>
        <translation>%field 最多 %max 个字符。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="197" />
        <source>%field contains control characters.</source>
        <translation>%field 含有控制字符。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="199" />
        <source>The password must have at least %min characters.</source>
        <translation>密码至少须有 %min 个字符。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="202" />
        <source>The password must not be the staff ID.</source>
        <translation>密码不能与工号相同。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="204" />
        <source>Acknowledge the confidentiality agreement first.</source>
        <translation>请先确认保密协议。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="207" />
        <source>Type your own staff ID to confirm the agreement.</source>
        <translation>请输入本人工号以确认协议。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="210" />
        <location filename="../../seatdesk/ui/error_text.py" line="277" />
        <source>Change your initial password first.</source>
        <translation>请先修改初始密码。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="212" />
        <source>You have not passed the confidentiality training yet: customer data stays closed until you pass the assessment (Security menu) or the security officer records it.</source>
        <translation>您尚未通过保密培训考核：在通过考核（“安全”菜单）或由信息安全专员登记培训成绩之前，不能查看客户信息。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="217" />
        <source>Your confidentiality training has lapsed past its grace days: customer data stays closed until you pass the assessment again (Security menu).</source>
        <translation>您的保密培训已过期且超过宽限期：重新通过考核（“安全”菜单）之前，不能查看客户信息。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="222" />
        <source>%approver's confidentiality training has lapsed: they pass it again, then authorise.</source>
        <translation>%approver 的保密培训已过期：须重新通过考核后才能授权。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="226" />
        <source>The policy has no such course.</source>
        <translation>策略中没有该培训课程。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="227" />
        <source>Name the trainer.</source>
        <translation>请填写培训讲师。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="228" />
        <source>Record at least one person's result.</source>
        <translation>请至少登记一人的成绩。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="229" />
        <source>The day of the training is in the future.</source>
        <translation>培训日期不能晚于今天。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="230" />
        <source>A score is a whole number from 0 to 100.</source>
        <translation>成绩须为 0 到 100 之间的整数。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="231" />
        <source>Unknown staff ID.</source>
        <translation>工号不存在。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="232" />
        <source>A person is listed twice.</source>
        <translation>同一人被重复登记。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="233" />
        <source>Answer every question first.</source>
        <translation>请先回答全部题目。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="234" />
        <source>The hall cannot be reached, and this seat's training results are the hall's: nothing was recorded. Record them again when the hall is reachable.</source>
        <translation>无法连接大厅，而本座席的培训成绩由大厅保存：本次未记录任何成绩。请在大厅恢复连接后重新记录。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="239" />
        <source>The file's first line must name the columns staff_id, course, date and score (trainer optional).</source>
        <translation>文件第一行须为列名 staff_id、course、date、score（trainer 可选）。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="244" />
        <source>The file is not UTF-8 text.</source>
        <translation>文件不是 UTF-8 编码的文本。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="245" />
        <source>You have taken this assessment three times today: read the rules again and try tomorrow.</source>
        <translation>您今天已参加该考核三次：请重新学习保密规定，明天再试。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="250" />
        <source>Your role does not take this course.</source>
        <translation>您的岗位无需参加该课程。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="251" />
        <source>This course has no assessment at the desk.</source>
        <translation>该课程没有桌面考核。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="255" />
        <source>Your role does not allow this.</source>
        <translation>您的角色无权执行此操作。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="256" />
        <source>Wrong staff ID or password.</source>
        <translation>工号或密码错误。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="257" />
        <source>The account is locked after too many wrong passwords.</source>
        <translation>密码错误次数过多，账户已锁定。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="260" />
        <source>This seat's count of failed sign-ins was tampered with: every account is locked until %until. A security officer can sign in with the recovery key.</source>
        <translation>本座席的登录失败计数被篡改：所有账户锁定至 %until。安全员可使用恢复密钥登录。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="265" />
        <source>You are signed out.</source>
        <translation>您已退出登录。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="266" />
        <source>This account is disabled.</source>
        <translation>此账号已停用。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="267" />
        <source>The hall cannot be reached, and this seat has never seen this account: sign in when the hall is back.</source>
        <translation>无法连接大厅，且本座席从未见过此账号：请在大厅恢复连接后登录。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="272" />
        <source>The hall cannot be reached, and this seat's copy of the staff directory is older than one it has seen: sign in when the hall is back.</source>
        <translation>无法连接大厅，且本座席的员工名录副本比它见过的旧：请在大厅恢复连接后登录。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="278" />
        <source>This cannot be done as entered: check the form.</source>
        <translation>按所填内容无法完成，请检查表单。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="279" />
        <source>The policy file is not valid.</source>
        <translation>策略文件无效。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="280" />
        <source>The vault cannot be read.</source>
        <translation>无法读取数据库。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="281" />
        <source>The key storage of this computer cannot be used.</source>
        <translation>无法使用本机的密钥存储。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="282" />
        <source>A check failed.</source>
        <translation>检查未通过。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="283" />
        <source>The import file was refused.</source>
        <translation>导入文件被拒绝。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="284" />
        <source>The action could not be completed.</source>
        <translation>操作未能完成。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="290" />
        <source>an agent</source>
        <translation>坐席员</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="291" />
        <source>a supervisor</source>
        <translation>班组长</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="292" />
        <source>a security officer</source>
        <translation>信息安全专员</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="293" />
        <source>the administrator</source>
        <translation>系统管理员</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="300" />
        <source>ID number: 17 digits are followed by a digit or X.</source>
        <translation>证件号码：应为 17 位数字加 1 位数字或 X。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="301" />
        <source>ID number: a 15-character number is all digits.</source>
        <translation>证件号码：15 位号码应全部为数字。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="302" />
        <source>ID number: 18 characters (or 15 digits for an old number).</source>
        <translation>证件号码：应为 18 位（旧号码为 15 位数字）。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="305" />
        <source>ID number: the region code cannot start with 0.</source>
        <translation>证件号码：地区代码不能以 0 开头。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="306" />
        <source>ID number: the region code names no province.</source>
        <translation>证件号码：地区代码不对应任何省份。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="307" />
        <source>ID number: a residence permit's number has 18 characters.</source>
        <translation>证件号码：居住证号码应为 18 位。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="310" />
        <source>ID number: the birth date in it is not a real date.</source>
        <translation>证件号码：其中的出生日期不是有效日期。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="313" />
        <source>ID number: the birth date in it is in the future.</source>
        <translation>证件号码：其中的出生日期晚于今天。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="316" />
        <source>ID number: the birth date in it is before 1900.</source>
        <translation>证件号码：其中的出生日期早于 1900 年。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="317" />
        <source>ID number: the check digit does not match.</source>
        <translation>证件号码：校验位不符。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="318" />
        <source>ID number: 5-20 letters or digits.</source>
        <translation>证件号码：应为 5 至 20 位字母或数字。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="324" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="325" />
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="326" />
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="327" />
        <source>Approval reference</source>
        <translation>批准文号</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="328" />
        <source>Escort</source>
        <translation>陪同人</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="329" />
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="341" />
        <source>The role of %role may not do this.</source>
        <translation>%role 角色无权执行此操作。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/error_text.py" line="354" />
        <source>A field</source>
        <translation>某字段</translation>
    </message>
</context>
<context>
    <name>ExpectedList</name>
    <message>
        <location filename="../../seatdesk/ui/visitors/board.py" line="168" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/board.py" line="169" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/board.py" line="170" />
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/board.py" line="171" />
        <source>Host</source>
        <translation>接待人</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/board.py" line="172" />
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/board.py" line="173" />
        <source>Approval</source>
        <translation>审批</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/board.py" line="187" />
        <source>Sign in the selected visitor…</source>
        <translation>为所选访客办理入场…</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/board.py" line="190" />
        <source>Cancel the pre-registration…</source>
        <translation>取消预约…</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/board.py" line="195" />
        <source>A pre-registration admits the visitor on its date only. Pre-register on the Register tab.</source>
        <translation>预约登记仅在预约当日有效。请在“登记”页预约。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/board.py" line="212" />
        <source>Select an expected visitor first.</source>
        <translation>请先选择预约访客。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/board.py" line="225" />
        <source>Cancel the pre-registration</source>
        <translation>取消预约</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/board.py" line="225" />
        <source>Why is it cancelled?</source>
        <translation>取消原因？</translation>
    </message>
</context>
<context>
    <name>ExportFlow</name>
    <message>
        <location filename="../../seatdesk/ui/export_flow.py" line="129" />
        <source>Save the encrypted export</source>
        <translation>保存加密导出文件</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/export_flow.py" line="131" />
        <source>SeatDesk export (*.sdx)</source>
        <translation>SeatDesk 导出文件 (*.sdx)</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/export_flow.py" line="140" />
        <source>Search first: the export holds the customers listed.</source>
        <translation>请先查询：导出内容为列表中的客户。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/export_flow.py" line="153" />
        <source>No partner has a confidentiality agreement in force: the security officer registers partners before anything is exported.</source>
        <translation>没有合作方持有有效的保密协议：导出前须由信息安全专员登记合作方。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/export_flow.py" line="168" />
        <source>supervisor or security officer</source>
        <translation>班组长或信息安全专员</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/export_flow.py" line="192" />
        <source>Export (masked)</source>
        <translation>导出（掩码）</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/export_flow.py" line="193" />
        <source>Written to %1. One-time password for the recipient — for the authoriser's eyes only, shown once:

%2</source>
        <translation>已写入 %1。接收方使用的一次性密码（仅供授权人查看，只显示一次）：

%2</translation>
    </message>
</context>
<context>
    <name>ExportRequestDialog</name>
    <message>
        <location filename="../../seatdesk/ui/export_flow.py" line="43" />
        <source>Export (masked)</source>
        <translation>导出（掩码）</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/export_flow.py" line="48" />
        <source>%1 customer(s), masked fields only. A supervisor or security officer must authorise the export at this seat.</source>
        <translation>共 %1 位客户，仅含掩码字段。须由班组长或信息安全专员在本座席授权导出。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/export_flow.py" line="60" />
        <location filename="../../seatdesk/ui/export_flow.py" line="72" />
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/export_flow.py" line="55" />
        <location filename="../../seatdesk/ui/export_flow.py" line="71" />
        <source>Recipient</source>
        <translation>接收方</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/export_flow.py" line="65" />
        <source>Leave out the fields of the classes the agreement does not cover</source>
        <translation>不导出协议未涵盖类别的字段</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/export_flow.py" line="73" />
        <source>Agreement covers</source>
        <translation>协议涵盖</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/export_flow.py" line="75" />
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/export_flow.py" line="75" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/export_flow.py" line="103" />
        <source> — not %1: the export would be refused</source>
        <translation> — 不涵盖 %1：导出将被拒绝</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/export_flow.py" line="107" />
        <source> — the fields of %1 are left out</source>
        <translation> — %1 字段不导出</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/export_flow.py" line="121" />
        <source>Give the purpose and the recipient.</source>
        <translation>请填写用途和接收方。</translation>
    </message>
</context>
<context>
    <name>GradeDialog</name>
    <message>
        <location filename="../../seatdesk/ui/incident_report_forms.py" line="112" />
        <source>Grade %1</source>
        <translation>定级 %1</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_report_forms.py" line="117" />
        <location filename="../../seatdesk/ui/incident_report_forms.py" line="132" />
        <source>People affected</source>
        <translation>影响人数</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_report_forms.py" line="122" />
        <source>As suggested</source>
        <translation>按建议</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_report_forms.py" line="127" />
        <source>Why another grade (needed for an override)</source>
        <translation>改用其他级别的理由（改级必填）</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_report_forms.py" line="129" />
        <source>Set grade</source>
        <translation>确定级别</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_report_forms.py" line="129" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_report_forms.py" line="133" />
        <source>Suggested grade</source>
        <translation>建议级别</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_report_forms.py" line="134" />
        <source>Grade</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_report_forms.py" line="135" />
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_report_forms.py" line="137" />
        <source>From 1,000,000 people: major; 10,000,000: serious; 100,000,000: critical.</source>
        <translation>影响 100 万人起为较大，1000 万人起为重大，1 亿人起为特别重大。</translation>
    </message>
</context>
<context>
    <name>GuardedTable</name>
    <message>
        <location filename="../../seatdesk/ui/tables.py" line="38" />
        <source>(no longer available)</source>
        <translation>（已不可用）</translation>
    </message>
</context>
<context>
    <name>HallBoard</name>
    <message>
        <location filename="../../seatdesk/ui/visitors/board.py" line="46" />
        <source>Badge</source>
        <translation>胸卡</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/board.py" line="47" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/board.py" line="48" />
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/board.py" line="49" />
        <source>Host</source>
        <translation>接待人</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/board.py" line="50" />
        <source>Escort</source>
        <translation>陪同人</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/board.py" line="51" />
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/board.py" line="52" />
        <source>Since</source>
        <translation>入场</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/board.py" line="53" />
        <source>Expected out</source>
        <translation>预计离开</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/board.py" line="54" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/board.py" line="62" />
        <source>Sign out…</source>
        <translation>签退…</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/board.py" line="65" />
        <source>End of day: sign out everyone…</source>
        <translation>清场：全部签退…</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/board.py" line="68" />
        <source>Print evacuation roster…</source>
        <translation>打印疏散名单…</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/board.py" line="83" />
        <source>Overstay +%1 min</source>
        <translation>超时 %1 分钟</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/board.py" line="85" />
        <source>In the hall</source>
        <translation>在场</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/board.py" line="101" />
        <source>%1 visitor(s) in the hall</source>
        <translation>在场外来人员 %1 人</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/board.py" line="103" />
        <source>strict masking on every seat</source>
        <translation>各座席严格掩码</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/board.py" line="105" />
        <source>%1 overstaying</source>
        <translation>%1 人超时</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/board.py" line="112" />
        <source>Select a visitor on the board first.</source>
        <translation>请先在在场名单中选择访客。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/board.py" line="122" />
        <source>%1 signed out.</source>
        <translation>%1 已签退。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/board.py" line="124" />
        <source>Badge not returned: recorded.</source>
        <translation>胸卡未归还：已记录。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/board.py" line="132" />
        <source>Nobody to sign out.</source>
        <translation>无人需要签退。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/board.py" line="136" />
        <source>End of day</source>
        <translation>清场</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/board.py" line="138" />
        <source>Sign out all %1 visitor(s) still in the hall? Each entry is flagged as a forced sign-out.</source>
        <translation>将仍在场的 %1 名外来人员全部签退？每条登记都会标记为强制签退。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/board.py" line="150" />
        <source>%1 visitor(s) signed out and flagged.</source>
        <translation>已签退并标记 %1 名外来人员。</translation>
    </message>
</context>
<context>
    <name>HallIndicator</name>
    <message>
        <location filename="../../seatdesk/ui/hall_status.py" line="30" />
        <source>%1 waiting to be sent</source>
        <translation>%1 条待发送</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/hall_status.py" line="32" />
        <source>Log differs from the hall's</source>
        <translation>日志与大厅记录不一致</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/hall_status.py" line="35" />
        <source>Hall connected</source>
        <translation>大厅已连接</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/hall_status.py" line="41" />
        <source>Hall unreachable since %1</source>
        <translation>自 %1 起无法连接大厅</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/hall_status.py" line="47" />
        <source>strict masking</source>
        <translation>严格掩码</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/hall_status.py" line="49" />
        <source>%1 seat(s) flagged by the hall</source>
        <translation>大厅告警：%1 个座席日志不一致</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/hall_status.py" line="66" />
        <source>Customer data as of %1 (#%2)</source>
        <translation>客户数据更新于 %1（#%2）</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/hall_status.py" line="71" />
        <source>No hall data key yet: customer changes wait</source>
        <translation>尚无大厅数据密钥：客户数据变更暂不应用</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/hall_status.py" line="73" />
        <source>A customer change set was refused</source>
        <translation>一个客户数据变更集被拒绝</translation>
    </message>
</context>
<context>
    <name>IncidentBoard</name>
    <message>
        <location filename="../../seatdesk/ui/incident_board.py" line="64" />
        <source>Incidents</source>
        <translation>事件处理</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_board.py" line="72" />
        <source>Reference</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_board.py" line="73" />
        <source>Reported</source>
        <translation>报告时间</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_board.py" line="74" />
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_board.py" line="75" />
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_board.py" line="76" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_board.py" line="92" />
        <source>Note for this step</source>
        <translation>本步骤说明</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_board.py" line="93" />
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_board.py" line="97" />
        <source>Save checklist</source>
        <translation>保存通知事项</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_board.py" line="100" />
        <source>Finding</source>
        <translation>调查结论</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_board.py" line="102" />
        <source>No staff fault</source>
        <translation>无人员过错</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_board.py" line="111" />
        <source> yuan</source>
        <translation> 元</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_board.py" line="113" />
        <source>Staff ID</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_board.py" line="114" />
        <source>Close incident</source>
        <translation>结案</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_board.py" line="116" />
        <location filename="../../seatdesk/ui/incident_board.py" line="362" />
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_board.py" line="123" />
        <source>Reporting</source>
        <translation>事件报告</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_board.py" line="127" />
        <source>Workflow</source>
        <translation>处理流程</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_board.py" line="137" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_board.py" line="247" />
        <source>%1 (anonymous to others)</source>
        <translation>%1（对他人匿名）</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_board.py" line="249" />
        <source>Reported %1 by %2 at seat %3 · audit anchor #%4</source>
        <translation>报告时间 %1 · 报告人 %2 · 座席 %3 · 审计锚点 #%4</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_board.py" line="255" />
        <source>Affected customers: %1</source>
        <translation>受影响客户：%1</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_board.py" line="265" />
        <source>Severity: %1</source>
        <translation>级别：%1</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_board.py" line="269" />
        <source>Deadlines</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_board.py" line="274" />
        <source>Who saw %1 (30 days)</source>
        <translation>%1 的接触记录（30 天）</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_board.py" line="277" />
        <source>Steps</source>
        <translation>处理步骤</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_board.py" line="291" />
        <source>viewed</source>
        <translation>查看</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_board.py" line="292" />
        <source>verified</source>
        <translation>核验</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_board.py" line="293" />
        <source>revealed</source>
        <translation>查看原值</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_board.py" line="295" />
        <source>masked</source>
        <translation>掩码</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_board.py" line="295" />
        <source>in clear</source>
        <translation>原值</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_board.py" line="225" />
        <source>Next step: %1</source>
        <translation>下一步：%1</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_board.py" line="77" />
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_board.py" line="78" />
        <source>Initial</source>
        <translation>初报</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_board.py" line="79" />
        <source>Closure</source>
        <translation>总结</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_board.py" line="227" />
        <source>No further step (close below)</source>
        <translation>无后续步骤（在下方关闭事件）</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_reporting_panel.py" line="37" />
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_reporting_panel.py" line="43" />
        <source>%1 d %2</source>
        <translation>%1 天 %2</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_reporting_panel.py" line="48" />
        <source>overdue %1</source>
        <translation>已逾期 %1</translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <location filename="../../seatdesk/ui/incident_dialog.py" line="34" />
        <source>Suspected leak</source>
        <translation>疑似泄露</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_dialog.py" line="35" />
        <source>Data leak</source>
        <translation>数据泄露</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_dialog.py" line="36" />
        <source>Device lost or stolen</source>
        <translation>设备丢失或被盗</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_dialog.py" line="37" />
        <source>Unauthorised access</source>
        <translation>未授权访问</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_dialog.py" line="40" />
        <source>Suspicious call or social engineering</source>
        <translation>可疑来电或社会工程</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_dialog.py" line="42" />
        <source>Unregistered visitor</source>
        <translation>未登记外来人员</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_dialog.py" line="45" />
        <source>Mistake (e.g. number read to the wrong caller)</source>
        <translation>误操作（如向错误来电者读出号码）</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_dialog.py" line="47" />
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_dialog.py" line="57" />
        <source>Report incident</source>
        <translation>报告泄密</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_dialog.py" line="59" />
        <source>Reporter %1 · seat %2 · %3 · SeatDesk %4</source>
        <translation>报告人 %1 · 座席 %2 · %3 · SeatDesk %4</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_dialog.py" line="65" />
        <source>Active call: %1</source>
        <translation>当前通话：%1</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_dialog.py" line="74" />
        <location filename="../../seatdesk/ui/incident_dialog.py" line="100" />
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_dialog.py" line="79" />
        <location filename="../../seatdesk/ui/incident_dialog.py" line="101" />
        <source>What happened</source>
        <translation>发生了什么</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_dialog.py" line="80" />
        <source>What happened, in one sentence</source>
        <translation>用一句话说明发生了什么</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_dialog.py" line="83" />
        <source>Customers viewed on this seat</source>
        <translation>本座席近期查看的客户</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_dialog.py" line="92" />
        <source>Visitors in the hall now: %1</source>
        <translation>当前在场外来人员：%1 人</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_dialog.py" line="94" />
        <source>Hide my name from everyone but the security officer</source>
        <translation>匿名报告（仅信息安全专员可见报告人）</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_dialog.py" line="97" />
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_dialog.py" line="97" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_dialog.py" line="102" />
        <source>Affected customers</source>
        <translation>受影响客户</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_dialog.py" line="115" />
        <source>Say in one sentence what happened.</source>
        <translation>请用一句话说明发生了什么。</translation>
    </message>
</context>
<context>
    <name>IncidentFlow</name>
    <message>
        <location filename="../../seatdesk/ui/incident_flow.py" line="48" />
        <source>Incident %1 recorded; not yet sent to the hall (sent when it is back).</source>
        <translation>事件 %1 已记录，待发送至大厅（恢复连接后自动发送）。</translation>
    </message>
</context>
<context>
    <name>IncidentWords</name>
    <message>
        <location filename="../../seatdesk/ui/incident_words.py" line="17" />
        <source>Data leak</source>
        <translation>数据泄露</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_words.py" line="18" />
        <source>Suspected leak</source>
        <translation>疑似泄露</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_words.py" line="19" />
        <source>Device lost or stolen</source>
        <translation>设备丢失或被盗</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_words.py" line="20" />
        <source>Unauthorised access</source>
        <translation>未授权访问</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_words.py" line="21" />
        <source>Suspicious call or social engineering</source>
        <translation>可疑来电或社会工程</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_words.py" line="24" />
        <source>Unregistered visitor</source>
        <translation>未登记外来人员</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_words.py" line="25" />
        <source>Mistake</source>
        <translation>误操作</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_words.py" line="26" />
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_words.py" line="29" />
        <source>New report</source>
        <translation>已报告</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_words.py" line="30" />
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_words.py" line="31" />
        <source>Contained</source>
        <translation>已控制</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_words.py" line="32" />
        <source>Notified</source>
        <translation>已通报</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_words.py" line="33" />
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_words.py" line="36" />
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_words.py" line="37" />
        <source>Major</source>
        <translation>较大</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_words.py" line="38" />
        <source>Serious</source>
        <translation>重大</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_words.py" line="39" />
        <source>Critical</source>
        <translation>特别重大</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_words.py" line="42" />
        <source>Types of personal information</source>
        <translation>泄露的个人信息种类</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_words.py" line="43" />
        <location filename="../../seatdesk/ui/incident_words.py" line="92" />
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_words.py" line="44" />
        <source>Possible harm</source>
        <translation>可能造成的危害</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_words.py" line="45" />
        <source>Remedies taken</source>
        <translation>已采取的补救措施</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_words.py" line="46" />
        <source>What individuals can do</source>
        <translation>个人可以采取的减轻危害的措施</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_words.py" line="47" />
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_words.py" line="50" />
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_words.py" line="51" />
        <source>Pay deduction</source>
        <translation>扣发工资</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_words.py" line="52" />
        <source>Dismissal</source>
        <translation>辞退</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_words.py" line="53" />
        <source>Referred to the judicial authorities</source>
        <translation>移送司法机关</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_words.py" line="56" />
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_words.py" line="57" />
        <location filename="../../seatdesk/ui/incident_words.py" line="61" />
        <source>Initial report</source>
        <translation>初次报告</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_words.py" line="58" />
        <location filename="../../seatdesk/ui/incident_words.py" line="63" />
        <source>Closure report</source>
        <translation>总结报告</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_words.py" line="62" />
        <source>Supplementary report</source>
        <translation>补充报告</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_words.py" line="66" />
        <source>General operator</source>
        <translation>一般运营者</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_words.py" line="67" />
        <source>Critical information infrastructure operator</source>
        <translation>关键信息基础设施运营者</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_words.py" line="68" />
        <source>Central or state organ</source>
        <translation>中央和国家机关各部门及其直属单位</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_words.py" line="77" />
        <source>Unit and system concerned</source>
        <translation>事发单位及涉及的设施、系统、平台</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_words.py" line="78" />
        <source>When (YYYY-MM-DD HH:MM, hall time)</source>
        <translation>发生或发现时间（大厅时间 YYYY-MM-DD HH:MM）</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_words.py" line="79" />
        <source>Where</source>
        <translation>发生地点</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_words.py" line="80" />
        <source>Type of event</source>
        <translation>事件类型</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_words.py" line="81" />
        <source>Impact and harm so far</source>
        <translation>已造成的影响和危害</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_words.py" line="82" />
        <source>Measures taken and their effect</source>
        <translation>已采取的应对措施及效果</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_words.py" line="85" />
        <source>Likely development</source>
        <translation>事态发展趋势及可能的影响</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_words.py" line="86" />
        <source>Preliminary cause</source>
        <translation>初步分析的事件原因</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_words.py" line="87" />
        <source>Further measures and help needed</source>
        <translation>拟进一步采取的措施及请求支援事项</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_words.py" line="88" />
        <source>How the scene is preserved</source>
        <translation>现场保护情况</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_words.py" line="89" />
        <source>Other matters</source>
        <translation>其他应当报告的情况</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_words.py" line="93" />
        <source>How it was handled</source>
        <translation>应急处置情况</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_words.py" line="94" />
        <source>Harm and losses</source>
        <translation>造成的危害和损失</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_words.py" line="95" />
        <source>Responsibility</source>
        <translation>责任认定和处理</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_words.py" line="96" />
        <source>Rectification</source>
        <translation>整改情况</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_words.py" line="97" />
        <source>Lessons learned</source>
        <translation>经验教训</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../seatdesk/ui/lock_screen.py" line="18" />
        <source>SeatDesk is locked</source>
        <translation>SeatDesk 已锁定</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/lock_screen.py" line="30" />
        <location filename="../../seatdesk/ui/lock_screen.py" line="31" />
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/lock_screen.py" line="34" />
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/lock_screen.py" line="41" />
        <source>Report incident</source>
        <translation>报告泄密</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/lock_screen.py" line="69" />
        <source>Locked after inactivity.</source>
        <translation>长时间无操作，已自动锁屏。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/lock_screen.py" line="70" />
        <source>Locked by you.</source>
        <translation>已手动锁屏。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/lock_screen.py" line="71" />
        <source>Locked with the screen.</source>
        <translation>随系统锁屏而锁定。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/lock_screen.py" line="72" />
        <source>Locked when the session switched.</source>
        <translation>切换会话时已锁定。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/lock_screen.py" line="73" />
        <source>Locked: the hall disabled this account.</source>
        <translation>已锁定：大厅已停用此账号。</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../seatdesk/ui/login_dialog.py" line="26" />
        <source>SeatDesk — sign in</source>
        <translation>SeatDesk — 登录</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/login_dialog.py" line="29" />
        <source>Customer information stays on this seat.</source>
        <translation>客户信息不出座席。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/login_dialog.py" line="36" />
        <source>Staff ID</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/login_dialog.py" line="37" />
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/login_dialog.py" line="38" />
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/login_dialog.py" line="38" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/login_dialog.py" line="48" />
        <source>Vault: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/login_dialog.py" line="61" />
        <source>Enter your staff ID and password.</source>
        <translation>请输入工号和密码。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/login_dialog.py" line="73" />
        <source>This account is locked after repeated failed sign-ins. Try again later or ask your administrator.</source>
        <translation>多次登录失败，账户已被锁定。请稍后再试或联系系统管理员。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/login_dialog.py" line="80" />
        <source>Staff ID or password is wrong, or the account is disabled.</source>
        <translation>工号或密码错误，或账户已停用。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/login_dialog.py" line="85" />
        <source>The vault cannot be opened: %1</source>
        <translation>无法打开数据库：%1</translation>
    </message>
</context>
<context>
    <name>NoticeDialog</name>
    <message>
        <location filename="../../seatdesk/ui/visitors/dialogs.py" line="40" />
        <source>Confidentiality notice for visitors</source>
        <translation>外来人员保密须知</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/dialogs.py" line="47" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <location filename="../../seatdesk/ui/notifier.py" line="20" />
        <source>confirming it</source>
        <translation>确认事件</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/notifier.py" line="21" />
        <source>the initial report to the regulator</source>
        <translation>向监管部门的初次报告</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/notifier.py" line="22" />
        <source>the closure report</source>
        <translation>总结报告</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/notifier.py" line="25" />
        <source>New incident %1</source>
        <translation>新的安全事件 %1</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/notifier.py" line="26" />
        <source>Incident %1: the deadline for %2 has passed</source>
        <translation>事件 %1：%2的时限已过</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/notifier.py" line="27" />
        <source>Visitor %1 is past their expected departure</source>
        <translation>外来人员 %1 已超过预计离开时间</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/notifier.py" line="28" />
        <source>Partner agreement %1 expires on %2</source>
        <translation>合作方协议 %1 将于 %2 到期</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/notifier.py" line="29" />
        <source>%3 at seat %4 asks for an approval</source>
        <translation>%3 在座席 %4 请求复核</translation>
    </message>
</context>
<context>
    <name>OfficerWindow</name>
    <message>
        <location filename="../../seatdesk/ui/officer_window.py" line="51" />
        <source>Access review and purge</source>
        <translation>访问复核与数据清理</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/officer_window.py" line="59" />
        <source>Access review</source>
        <translation>访问复核</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/officer_window.py" line="61" />
        <source>Purge</source>
        <translation>数据清理</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/officer_window.py" line="65" />
        <location filename="../../seatdesk/ui/officer_window.py" line="91" />
        <source>Training</source>
        <translation>保密培训</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/officer_window.py" line="78" />
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/officer_window.py" line="82" />
        <source>Staff ID</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/officer_window.py" line="83" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/officer_window.py" line="84" />
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/officer_window.py" line="85" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/officer_window.py" line="86" />
        <source>Last sign-in</source>
        <translation>最近登录</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/officer_window.py" line="87" />
        <source>Views</source>
        <translation>查看</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/officer_window.py" line="88" />
        <source>Verifications</source>
        <translation>核验</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/officer_window.py" line="89" />
        <source>Reveals</source>
        <translation>查看原值</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/officer_window.py" line="90" />
        <source>Blocked</source>
        <translation>拦截</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/officer_window.py" line="97" />
        <source>Accounts</source>
        <translation>账号</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/officer_window.py" line="100" />
        <source>What you checked and decided</source>
        <translation>核对内容与结论</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/officer_window.py" line="101" />
        <source>Sign off</source>
        <translation>签署确认</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/officer_window.py" line="104" />
        <location filename="../../seatdesk/ui/officer_window.py" line="206" />
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/officer_window.py" line="113" />
        <source>Activity of the last</source>
        <translation>统计最近</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/officer_window.py" line="133" />
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/officer_window.py" line="135" />
        <source>dormant</source>
        <translation>长期未用</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/officer_window.py" line="137" />
        <source>active</source>
        <translation>在用</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/officer_window.py" line="190" />
        <source>Say in a few words what you checked.</source>
        <translation>请简要说明核对了哪些内容。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/officer_window.py" line="199" />
        <source>Signed off: review %1</source>
        <translation>已签署确认：复核 %1</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/officer_window.py" line="214" />
        <source>Customer no.</source>
        <translation>客户号</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/officer_window.py" line="214" />
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/officer_window.py" line="217" />
        <source>consent withdrawn</source>
        <translation>已撤回授权同意</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/officer_window.py" line="219" />
        <source>past retention</source>
        <translation>超过保存期限</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/officer_window.py" line="224" />
        <source>Customers due for deletion</source>
        <translation>应删除的客户</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/officer_window.py" line="226" />
        <source>Check what is due</source>
        <translation>查看应删除的客户</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/officer_window.py" line="231" />
        <source>Type the number of customers to delete</source>
        <translation>输入要删除的客户数量</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/officer_window.py" line="232" />
        <source>Delete them</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/officer_window.py" line="261" />
        <source>%1 customer(s) are due for deletion. Deleting is final.</source>
        <translation>共 %1 位客户应予删除，删除后不可恢复。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/officer_window.py" line="273" />
        <source>Type %1 to delete these %1 customer(s).</source>
        <translation>请输入 %1 以删除这 %1 位客户。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/officer_window.py" line="284" />
        <source>%1 customer(s) deleted; each deletion is in the audit log.</source>
        <translation>已删除 %1 位客户，每次删除均记入审计日志。</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../../seatdesk/ui/visitors/dialogs.py" line="99" />
        <source>Watch list: entry blocked</source>
        <translation>关注名单：禁止入场</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/dialogs.py" line="105" />
        <source>This visitor matches the watch list. They may enter only if a security officer overrides the match and gives a reason.

%1</source>
        <translation>该访客与关注名单相符。只有经信息安全专员说明理由放行后方可进入。

%1</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/dialogs.py" line="115" />
        <location filename="../../seatdesk/ui/visitors/dialogs.py" line="126" />
        <source>Security officer staff ID</source>
        <translation>信息安全专员工号</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/dialogs.py" line="119" />
        <source>Security officer password</source>
        <translation>信息安全专员密码</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/dialogs.py" line="122" />
        <source>Reason for the override</source>
        <translation>放行理由</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/dialogs.py" line="127" />
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/dialogs.py" line="128" />
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/dialogs.py" line="129" />
        <source>Override and let in</source>
        <translation>放行</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/dialogs.py" line="129" />
        <source>Keep blocked</source>
        <translation>保持禁止</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/dialogs.py" line="140" />
        <source>Give the reason for the override.</source>
        <translation>请说明放行理由。</translation>
    </message>
</context>
<context>
    <name>PartnerRegister</name>
    <message>
        <location filename="../../seatdesk/ui/partner_register.py" line="44" />
        <source>Partners</source>
        <translation>合作方</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/partner_register.py" line="50" />
        <source>in force</source>
        <translation>有效</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/partner_register.py" line="51" />
        <source>expiring soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/partner_register.py" line="52" />
        <source>not yet in force</source>
        <translation>尚未生效</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/partner_register.py" line="53" />
        <source>lapsed</source>
        <translation>已过期</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/partner_register.py" line="54" />
        <source>ended early</source>
        <translation>已提前终止</translation>
    </message>
</context>
<context>
    <name>PartnerRegisterTab</name>
    <message>
        <location filename="../../seatdesk/ui/partner_register.py" line="151" />
        <source>Partner</source>
        <translation>合作方</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/partner_register.py" line="152" />
        <source>Agreement number</source>
        <translation>协议编号</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/partner_register.py" line="153" />
        <source>Signed on</source>
        <translation>签订日期</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/partner_register.py" line="154" />
        <source>Expires on</source>
        <translation>到期日期</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/partner_register.py" line="155" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/partner_register.py" line="156" />
        <source>Purposes</source>
        <translation>用途</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/partner_register.py" line="157" />
        <source>Classes</source>
        <translation>信息类别</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/partner_register.py" line="158" />
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/partner_register.py" line="164" />
        <source>Partners</source>
        <translation>合作方</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/partner_register.py" line="165" />
        <source>Register a partner…</source>
        <translation>登记合作方…</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/partner_register.py" line="170" />
        <source>Why the agreement ends early</source>
        <translation>提前终止协议的原因</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/partner_register.py" line="171" />
        <source>End the agreement</source>
        <translation>终止协议</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/partner_register.py" line="174" />
        <location filename="../../seatdesk/ui/partner_register.py" line="289" />
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/partner_register.py" line="177" />
        <location filename="../../seatdesk/ui/partner_register.py" line="289" />
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/partner_register.py" line="208" />
        <source> (%1 days)</source>
        <translation>（%1 天）</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/partner_register.py" line="232" />
        <source>%1 agreement(s); %2 end within %3 days.</source>
        <translation>共 %1 份协议；%2 份将在 %3 天内到期。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/partner_register.py" line="259" />
        <source>Choose the agreement to end first.</source>
        <translation>请先选择要终止的协议。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/partner_register.py" line="262" />
        <source>Say why the agreement ends early.</source>
        <translation>请说明提前终止协议的原因。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/partner_register.py" line="272" />
        <source>Agreement %1 ended.</source>
        <translation>协议 %1 已终止。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/partner_register.py" line="284" />
        <source>Written to %1.</source>
        <translation>已写入 %1。</translation>
    </message>
</context>
<context>
    <name>PhoneIndicator</name>
    <message>
        <location filename="../../seatdesk/ui/phone_link.py" line="114" />
        <source>Phone: not set up</source>
        <translation>电话：未设置</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/phone_link.py" line="121" />
        <source>Phone: connected (%1)</source>
        <translation>电话：已连接（%1）</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/phone_link.py" line="123" />
        <source>Phone: connecting to %1…</source>
        <translation>电话：正在连接 %1…</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/phone_link.py" line="125" />
        <source>Phone: login refused (%1)</source>
        <translation>电话：登录被拒绝（%1）</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/phone_link.py" line="127" />
        <source>Phone: disconnected (%1)</source>
        <translation>电话：已断开（%1）</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/phone_link.py" line="129" />
        <source>retry in %1 s</source>
        <translation>%1 秒后重试</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../seatdesk/ui/qt_texts.py" line="11" />
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/qt_texts.py" line="12" />
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <location filename="../../seatdesk/ui/qt_texts.py" line="13" />
        <source>Page &amp;Set:</source>
        <translation>页面组(&amp;S)：</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../seatdesk/ui/visitors/dialogs.py" line="240" />
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/dialogs.py" line="240" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/dialogs.py" line="251" />
        <source>A reason is required.</source>
        <translation>须填写原因。</translation>
    </message>
</context>
<context>
    <name>RecordCard</name>
    <message>
        <location filename="../../seatdesk/ui/record_card.py" line="113" />
        <source>follow up %1</source>
        <translation>回访 %1</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/record_card.py" line="144" />
        <source>Search for a caller by phone number or customer number.</source>
        <translation>按来电号码或客户号查找客户。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/record_card.py" line="166" />
        <source>Customer %1</source>
        <translation>客户 %1</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/record_card.py" line="171" />
        <source>Copy customer no.</source>
        <translation>复制客户号</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/record_card.py" line="172" />
        <source>Copy the customer number</source>
        <translation>复制客户号</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/record_card.py" line="177" />
        <source>Consent withdrawn…</source>
        <translation>撤回同意…</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/record_card.py" line="178" />
        <source>Record that the caller withdraws consent</source>
        <translation>记录客户撤回同意</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/record_card.py" line="185" />
        <source>until %1</source>
        <translation>至 %1</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/record_card.py" line="230" />
        <source>Verify</source>
        <translation>核验</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/record_card.py" line="231" />
        <source>Verify this field</source>
        <translation>核验此字段</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/record_card.py" line="237" />
        <source>Reveal</source>
        <translation>查看原值</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/record_card.py" line="238" />
        <source>Reveal this field for a few seconds</source>
        <translation>临时查看此字段原值（数秒）</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/record_card.py" line="242" />
        <source>Your role may not reveal this field for this customer.</source>
        <translation>您的角色不能查看该客户此字段的原值。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/record_card.py" line="251" />
        <source>[withdrawn %1]</source>
        <translation>［已撤回 %1］</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/record_card.py" line="259" />
        <source>Contact history</source>
        <translation>接触记录</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/record_card.py" line="261" />
        <source>No earlier contacts.</source>
        <translation>无历史接触记录。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/record_card.py" line="263" />
        <source>call</source>
        <translation>来电</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/record_card.py" line="264" />
        <source>complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/record_card.py" line="265" />
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/record_card.py" line="272" />
        <source>lasted %1 s</source>
        <translation>通话 %1 秒</translation>
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
        <translation>第七条第一、二项：在时限内先行报告的内容。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_report_forms.py" line="54" />
        <source>Art. 7 items 3–7: fill what is known now; add more later.</source>
        <translation>第七条第三至七项：填写目前掌握的情况，其余可再补报。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_report_forms.py" line="55" />
        <source>Due within 30 days after handling ended (contained).</source>
        <translation>事件处置结束（已控制）后 30 日内报送。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_report_forms.py" line="75" />
        <source>File report</source>
        <translation>报送</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_report_forms.py" line="75" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ReportingPanel</name>
    <message>
        <location filename="../../seatdesk/ui/incident_reporting_panel.py" line="73" />
        <source>Grade…</source>
        <translation>定级…</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_reporting_panel.py" line="78" />
        <source>Initial report…</source>
        <translation>初次报告…</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_reporting_panel.py" line="79" />
        <source>Supplement…</source>
        <translation>补充报告…</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_reporting_panel.py" line="80" />
        <source>Closure report…</source>
        <translation>总结报告…</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_reporting_panel.py" line="89" />
        <source>No report filed yet</source>
        <translation>尚未报送报告</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_reporting_panel.py" line="90" />
        <source>Report PDF…</source>
        <translation>报告 PDF…</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_reporting_panel.py" line="92" />
        <source>Notice to individuals (PDF)…</source>
        <translation>告知个人（PDF）…</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/incident_reporting_panel.py" line="154" />
        <source>Save PDF</source>
        <translation>保存 PDF</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <location filename="../../seatdesk/ui/results_model.py" line="25" />
        <source>Born</source>
        <translation>出生年份</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/results_model.py" line="26" />
        <source>District</source>
        <translation>所在区县</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/results_model.py" line="27" />
        <source>Mobile ends</source>
        <translation>手机尾号</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/results_model.py" line="33" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/results_model.py" line="34" />
        <source>Customer no.</source>
        <translation>客户号</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/results_model.py" line="35" />
        <source>Tier</source>
        <translation>密级</translation>
    </message>
</context>
<context>
    <name>RevealFlow</name>
    <message>
        <location filename="../../seatdesk/ui/reveal_flow.py" line="26" />
        <source>Open a customer first.</source>
        <translation>请先打开一位客户。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/reveal_flow.py" line="61" />
        <source>Reveal %1 of customer %2</source>
        <translation>查看客户 %2 的%1原值</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/reveal_flow.py" line="74" />
        <source>supervisor</source>
        <translation>班组长</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/reveal_flow.py" line="76" />
        <source>security officer</source>
        <translation>信息安全专员</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/reveal_flow.py" line="90" />
        <source>This reveal needs an authorisation.</source>
        <translation>查看原值需要授权。</translation>
    </message>
</context>
<context>
    <name>RevealReasonDialog</name>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="50" />
        <source>Reveal — reason</source>
        <translation>查看原值 — 理由</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="58" />
        <location filename="../../seatdesk/ui/dialogs.py" line="78" />
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="62" />
        <source>Choose a reason</source>
        <translation>请选择理由</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="66" />
        <location filename="../../seatdesk/ui/dialogs.py" line="79" />
        <source>Explanation</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="68" />
        <source>The value is shown for a few seconds and the reveal is recorded.</source>
        <translation>原值仅显示数秒，本次查看将被记录。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="71" />
        <source>No call with this customer is active: explain why, the reveal is flagged.</source>
        <translation>当前没有与该客户的通话：请说明原因，本次查看将被标记。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="80" />
        <source>Reveal</source>
        <translation>查看原值</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="80" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="91" />
        <source>Choose a reason for the reveal.</source>
        <translation>请选择查看原值的理由。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="94" />
        <source>Outside a call an explanation is required.</source>
        <translation>非通话期间查看原值必须填写说明。</translation>
    </message>
</context>
<context>
    <name>RevealedValueView</name>
    <message>
        <location filename="../../seatdesk/ui/revealed_value.py" line="41" />
        <source>Revealed value</source>
        <translation>原值</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/revealed_value.py" line="76" />
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../seatdesk/ui/desk_menu.py" line="86" />
        <source>Keyboard shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/desk_menu.py" line="91" />
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/desk_menu.py" line="91" />
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/desk_menu.py" line="91" />
        <source>Menu</source>
        <translation>菜单</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/desk_menu.py" line="103" />
        <source>What the keyboard does at this desk:</source>
        <translation>本座席的快捷键：</translation>
    </message>
</context>
<context>
    <name>SignOutDialog</name>
    <message>
        <location filename="../../seatdesk/ui/visitors/dialogs.py" line="73" />
        <source>Sign out a visitor</source>
        <translation>外来人员签退</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/dialogs.py" line="75" />
        <source>Sign out %1 (%2), badge %3?</source>
        <translation>为 %1（%2）签退，胸卡 %3？</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/dialogs.py" line="81" />
        <source>Badge returned</source>
        <translation>胸卡已归还</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/dialogs.py" line="84" />
        <source>Sign out</source>
        <translation>签退</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/dialogs.py" line="84" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>TrainingRegister</name>
    <message>
        <location filename="../../seatdesk/ui/training_register.py" line="41" />
        <source>valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/training_register.py" line="42" />
        <source>in grace days</source>
        <translation>宽限期内</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/training_register.py" line="43" />
        <source>lapsed</source>
        <translation>已过期</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/training_register.py" line="44" />
        <source>never passed</source>
        <translation>从未通过</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/training_register.py" line="56" />
        <source>Staff ID</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/training_register.py" line="57" />
        <location filename="../../seatdesk/ui/training_register.py" line="194" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/training_register.py" line="58" />
        <location filename="../../seatdesk/ui/training_register.py" line="215" />
        <source>Course</source>
        <translation>课程</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/training_register.py" line="59" />
        <source>Last passed</source>
        <translation>最近通过</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/training_register.py" line="60" />
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/training_register.py" line="61" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/training_register.py" line="75" />
        <source>Training register</source>
        <translation>培训登记</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/training_register.py" line="77" />
        <source>Record a session…</source>
        <translation>登记培训…</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/training_register.py" line="80" />
        <location filename="../../seatdesk/ui/training_register.py" line="123" />
        <source>Import results (CSV)…</source>
        <translation>导入成绩（CSV）…</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/training_register.py" line="113" />
        <source>%1 result(s) recorded.</source>
        <translation>已登记 %1 条成绩。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/training_register.py" line="133" />
        <source>The file cannot be read.</source>
        <translation>无法读取该文件。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/training_register.py" line="140" />
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/training_register.py" line="147" />
        <source>Nothing imported: %1 bad row(s).</source>
        <translation>未导入任何数据：%1 行有误。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/training_register.py" line="156" />
        <source>%1 result(s) imported, %2 passed.</source>
        <translation>已导入 %1 条成绩，其中 %2 条通过。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/training_register.py" line="176" />
        <source>Record a training session</source>
        <translation>登记培训</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/training_register.py" line="188" />
        <location filename="../../seatdesk/ui/training_register.py" line="217" />
        <source>Trainer</source>
        <translation>培训讲师</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/training_register.py" line="193" />
        <source>Attended</source>
        <translation>参训</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/training_register.py" line="195" />
        <source>Score</source>
        <translation>成绩</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/training_register.py" line="216" />
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/training_register.py" line="219" />
        <source>Record</source>
        <translation>登记</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/training_register.py" line="219" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/training_register.py" line="245" />
        <source>Tick who attended.</source>
        <translation>请勾选参训人员。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/training_register.py" line="270" />
        <source>unknown staff ID (staff_id)</source>
        <translation>工号不存在（staff_id）</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/training_register.py" line="271" />
        <source>unknown course (course)</source>
        <translation>课程不存在（course）</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/training_register.py" line="272" />
        <source>not a date as YYYY-MM-DD, or in the future (date)</source>
        <translation>日期格式须为 YYYY-MM-DD 且不晚于今天（date）</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/training_register.py" line="273" />
        <source>not a score from 0 to 100 (score)</source>
        <translation>成绩须为 0 到 100 的整数（score）</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/training_register.py" line="276" />
        <source>a duplicate, already on the register, or the wrong number of cells</source>
        <translation>重复、已登记过，或列数不符</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="191" />
        <source>Verify without revealing</source>
        <translation>核验（不显示原值）</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="193" />
        <source>Customer %1</source>
        <translation>客户 %1</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="200" />
        <source>Field to verify</source>
        <translation>要核验的字段</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="209" />
        <source>What the caller gives</source>
        <translation>客户提供的内容</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="213" />
        <source>What the caller says</source>
        <translation>客户所说的内容</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="220" />
        <source>Check</source>
        <translation>核验</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="224" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="229" />
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="230" />
        <source>Caller gives</source>
        <translation>客户提供</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="231" />
        <source>Caller says</source>
        <translation>客户所说</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="248" />
        <source>the full value</source>
        <translation>完整内容</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="249" />
        <source>the last 6 characters</source>
        <translation>后 6 位</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="250" />
        <source>the last 4 digits</source>
        <translation>后 4 位</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="260" />
        <source>%1 attempt(s) left on this call</source>
        <translation>本次通话还可核验 %1 次</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="268" />
        <source>Type what the caller says first.</source>
        <translation>请先输入来电人所说的内容。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="282" />
        <source>%1 attempt(s) left</source>
        <translation>还可核验 %1 次</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="284" />
        <source>%1 attempt(s) left (counted by the hall)</source>
        <translation>还可核验 %1 次（由大厅计数）</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="288" />
        <source>Locked by the hall for this call: not checked</source>
        <translation>大厅已锁定本次通话的此项核验：未比对</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="290" />
        <source>Nothing stored to compare with</source>
        <translation>无可比对的存储信息</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="292" />
        <source>Match</source>
        <translation>一致</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="294" />
        <source>No match — check locked for this call</source>
        <translation>不一致 — 本次通话已锁定此项核验</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="296" />
        <source>No match</source>
        <translation>不一致</translation>
    </message>
</context>
<context>
    <name>VisitorForm</name>
    <message>
        <location filename="../../seatdesk/ui/visitors/form.py" line="61" />
        <source>Walk-in: register and sign in now</source>
        <translation>临时来访：登记并立即入场</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/form.py" line="63" />
        <source>Pre-register an expected visitor</source>
        <translation>预约登记</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/form.py" line="75" />
        <source>Back to walk-in</source>
        <translation>返回临时来访登记</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/form.py" line="80" />
        <location filename="../../seatdesk/ui/visitors/form.py" line="98" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/form.py" line="83" />
        <location filename="../../seatdesk/ui/visitors/form.py" line="99" />
        <source>ID type</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/form.py" line="86" />
        <location filename="../../seatdesk/ui/visitors/form.py" line="90" />
        <location filename="../../seatdesk/ui/visitors/form.py" line="231" />
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/form.py" line="91" />
        <location filename="../../seatdesk/ui/visitors/form.py" line="101" />
        <source>Mobile (optional)</source>
        <translation>手机号码（选填）</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/form.py" line="94" />
        <location filename="../../seatdesk/ui/visitors/form.py" line="102" />
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/form.py" line="95" />
        <location filename="../../seatdesk/ui/visitors/form.py" line="103" />
        <source>Purpose of the visit</source>
        <translation>来访事由</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/form.py" line="96" />
        <source>Visitor</source>
        <translation>访客</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/form.py" line="108" />
        <location filename="../../seatdesk/ui/visitors/form.py" line="124" />
        <source>Host</source>
        <translation>接待人</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/form.py" line="111" />
        <location filename="../../seatdesk/ui/visitors/form.py" line="125" />
        <source>Approver</source>
        <translation>批准人</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/form.py" line="112" />
        <location filename="../../seatdesk/ui/visitors/form.py" line="126" />
        <source>Approval reference</source>
        <translation>批准文号</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/form.py" line="116" />
        <location filename="../../seatdesk/ui/visitors/form.py" line="127" />
        <source>Approved at</source>
        <translation>批准时间</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/form.py" line="121" />
        <location filename="../../seatdesk/ui/visitors/form.py" line="128" />
        <source>Expected on</source>
        <translation>预约日期</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/form.py" line="122" />
        <source>Approval</source>
        <translation>审批</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/form.py" line="231" />
        <source>ID number shown at the door</source>
        <translation>现场出示的证件号码</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/form.py" line="235" />
        <source>Register and sign in</source>
        <translation>登记并入场</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/form.py" line="236" />
        <source>Pre-register</source>
        <translation>预约</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/form.py" line="237" />
        <source>Sign in to the hall</source>
        <translation>办理入场</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/form.py" line="244" />
        <source>Signing in %1 (%2), pre-registered for %3. Compare the document with the registration: type its number below.</source>
        <translation>正在为 %1（%2，预约日期 %3）办理入场。请核对证件：在下方输入证件号码。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/form.py" line="334" />
        <source>Not registered: the visitor matches the watch list.</source>
        <translation>未登记：该访客与关注名单相符。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/form.py" line="348" />
        <location filename="../../seatdesk/ui/visitors/form.py" line="349" />
        <source>%1 signed in: badge %2.</source>
        <translation>%1 已入场：胸卡 %2。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/form.py" line="350" />
        <source>%1 pre-registered for %2.</source>
        <translation>%1 已预约 %2 来访。</translation>
    </message>
</context>
<context>
    <name>VisitorHallLink</name>
    <message>
        <location filename="../../seatdesk/ui/visitors/hall_link.py" line="36" />
        <source>Visitors…</source>
        <translation>外来人员…</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/hall_link.py" line="38" />
        <source>Visitor register (%1)</source>
        <translation>外来人员登记（%1）</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/hall_link.py" line="41" />
        <source>Visitor register</source>
        <translation>外来人员登记</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/hall_link.py" line="60" />
        <source>Closing time: %1 visitor(s) still in the hall were signed out and flagged.</source>
        <translation>已到清场时间：%1 名仍在场的外来人员已被强制签退并标记。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/hall_link.py" line="53" />
        <source>Visitors in the hall: %1 · strict masking</source>
        <translation>外来人员在场：%1 人 · 严格掩码</translation>
    </message>
</context>
<context>
    <name>VisitorReports</name>
    <message>
        <location filename="../../seatdesk/ui/visitors/reports.py" line="62" />
        <source>Save the daily visitor log (PDF)…</source>
        <translation>保存外来人员登记日志（PDF）…</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/reports.py" line="65" />
        <source>Save the evacuation roster (PDF)…</source>
        <translation>保存疏散名单（PDF）…</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/reports.py" line="68" />
        <source>Print evacuation roster…</source>
        <translation>打印疏散名单…</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/reports.py" line="71" />
        <source>Anonymise entries past the retention period…</source>
        <translation>匿名化超过保留期限的登记…</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/reports.py" line="77" />
        <source>Reports hold names, badges and hosts; ID numbers are masked. Each export is recorded with the file's fingerprint and carries your watermark.</source>
        <translation>报表包含姓名、胸卡号和接待人，证件号码均已掩码。每次导出都会连同文件指纹记入审计日志，并带有您的水印。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/reports.py" line="83" />
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/reports.py" line="94" />
        <source>Entries are anonymised %1 days after the visit.</source>
        <translation>登记信息在来访 %1 天后匿名化。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/reports.py" line="104" />
        <source>Saved %1 (SHA-256 %2…).</source>
        <translation>已保存 %1（SHA-256 %2…）。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/reports.py" line="109" />
        <source>Save the evacuation roster</source>
        <translation>保存疏散名单</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/reports.py" line="124" />
        <source>Save the daily visitor log</source>
        <translation>保存外来人员登记日志</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/reports.py" line="154" />
        <source>The evacuation roster was sent to the printer.</source>
        <translation>疏散名单已发送到打印机。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/reports.py" line="164" />
        <source>No entries are past the retention period.</source>
        <translation>没有超过保留期限的登记。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/reports.py" line="168" />
        <source>Retention</source>
        <translation>保留期限</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/reports.py" line="169" />
        <source>Anonymise %1 visitor entries closed more than %2 days ago?</source>
        <translation>匿名化 %1 条结束超过 %2 天的外来人员登记？</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/reports.py" line="176" />
        <source>%1 entries anonymised.</source>
        <translation>已匿名化 %1 条登记。</translation>
    </message>
</context>
<context>
    <name>VisitorsWindow</name>
    <message>
        <location filename="../../seatdesk/ui/visitors/window.py" line="42" />
        <source>Visitors — seat hall register</source>
        <translation>外来人员 — 座席大厅登记</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/window.py" line="71" />
        <source>In the hall</source>
        <translation>在场</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/window.py" line="72" />
        <source>Register</source>
        <translation>登记</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/window.py" line="73" />
        <source>Expected</source>
        <translation>预约</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/window.py" line="74" />
        <source>Watch list</source>
        <translation>关注名单</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/window.py" line="75" />
        <source>Reports</source>
        <translation>报表</translation>
    </message>
</context>
<context>
    <name>WatchEntryDialog</name>
    <message>
        <location filename="../../seatdesk/ui/visitors/dialogs.py" line="163" />
        <source>Add to the watch list</source>
        <translation>加入关注名单</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/dialogs.py" line="165" />
        <source>By ID number</source>
        <translation>按证件号码</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/dialogs.py" line="168" />
        <source>By name and organisation</source>
        <translation>按姓名和单位</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/dialogs.py" line="186" />
        <source>ID type</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/dialogs.py" line="187" />
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/dialogs.py" line="189" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/dialogs.py" line="190" />
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/dialogs.py" line="191" />
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/dialogs.py" line="192" />
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/dialogs.py" line="192" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>WatchList</name>
    <message>
        <location filename="../../seatdesk/ui/visitors/watch.py" line="33" />
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/watch.py" line="33" />
        <source>Name and organisation</source>
        <translation>姓名和单位</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/watch.py" line="36" />
        <source>By</source>
        <translation>依据</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/watch.py" line="37" />
        <source>Who</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/watch.py" line="38" />
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/watch.py" line="39" />
        <source>Added</source>
        <translation>加入日期</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/watch.py" line="40" />
        <source>By whom</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/watch.py" line="52" />
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/watch.py" line="55" />
        <source>Remove…</source>
        <translation>移除…</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/watch.py" line="62" />
        <source>A visitor who matches an entry cannot be registered or signed in until a security officer overrides the match with a reason. Only security officers change the list.</source>
        <translation>与名单条目相符的访客，须经信息安全专员说明理由放行后方可登记或入场。只有信息安全专员可以修改名单。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/watch.py" line="84" />
        <source>Select an entry first.</source>
        <translation>请先选择条目。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/watch.py" line="87" />
        <source>Remove from the watch list</source>
        <translation>移出关注名单</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/visitors/watch.py" line="87" />
        <source>Why is the entry removed?</source>
        <translation>移除原因？</translation>
    </message>
</context>
<context>
    <name>WrapUpDialog</name>
    <message>
        <location filename="../../seatdesk/ui/wrap_up_dialog.py" line="59" />
        <source>Wrap-up</source>
        <translation>通话小结</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/wrap_up_dialog.py" line="65" />
        <source>caller not identified</source>
        <translation>来电人身份未识别</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/wrap_up_dialog.py" line="67" />
        <source>Call %1 · %2 · %3</source>
        <translation>来电 %1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/wrap_up_dialog.py" line="79" />
        <source>Note (optional)</source>
        <translation>备注（可选）</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/wrap_up_dialog.py" line="80" />
        <source>Follow up on</source>
        <translation>回访日期</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/wrap_up_dialog.py" line="97" />
        <source>Not identified</source>
        <translation>身份未识别</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/wrap_up_dialog.py" line="99" />
        <source>This was customer %1</source>
        <translation>来电人为客户 %1</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/wrap_up_dialog.py" line="108" />
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/wrap_up_dialog.py" line="109" />
        <source>Outcome</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/wrap_up_dialog.py" line="110" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/wrap_up_dialog.py" line="112" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/wrap_up_dialog.py" line="112" />
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
</context>
</TS>