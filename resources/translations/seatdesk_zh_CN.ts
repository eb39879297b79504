<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AgreementDialog</name>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="258" />
        <source>Confidentiality agreement</source>
        <translation>保密协议</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="263" />
        <source>I have read the agreement and accept it</source>
        <translation>我已阅读并同意上述协议</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="267" />
        <location filename="../../seatdesk/ui/dialogs.py" line="268" />
        <source>Type your staff ID to confirm</source>
        <translation>输入您的工号以确认</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="269" />
        <source>Accept</source>
        <translation>确认</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="269" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="112" />
        <source>Authorisation at the seat</source>
        <translation>现场授权（双人复核）</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="117" />
        <source>This reveal needs the authorisation of a %1. They enter their staff ID and password here.</source>
        <translation>查看原值需要%1授权，请其在此输入工号和密码。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="124" />
        <source>Approver staff ID</source>
        <translation>授权人工号</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="128" />
        <source>Approver password</source>
        <translation>授权人密码</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="131" />
        <source>Staff ID</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="132" />
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="133" />
        <source>Authorise</source>
        <translation>授权</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="133" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../seatdesk/ui/password_dialog.py" line="25" />
        <source>SeatDesk — change your password</source>
        <translation>SeatDesk — 修改密码</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/password_dialog.py" line="28" />
        <source>Your password was set by an administrator. Choose your own now (at least %1 characters, not your staff ID).</source>
        <translation>您的密码由管理员设置，请现在设置自己的密码（至少 %1 个字符，且不能与工号相同）。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/password_dialog.py" line="43" />
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/password_dialog.py" line="44" />
        <source>Repeat</source>
        <translation>再次输入</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/password_dialog.py" line="48" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/password_dialog.py" line="62" />
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>DeskApp</name>
    <message>
        <location filename="../../seatdesk/ui/desk_app.py" line="80" />
        <source>SeatDesk is already running for this user; it has been brought to the front.</source>
        <translation>当前用户的 SeatDesk 已在运行，已切换到该窗口。</translation>
    </message>
</context>
<context>
    <name>DeskWindow</name>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="73" />
        <source>SeatDesk — customer desk</source>
        <translation>SeatDesk 坐席保密工作台</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="134" />
        <source>Phone number or customer number</source>
        <translation>来电号码或客户号</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="133" />
        <location filename="../../seatdesk/ui/main_window.py" line="137" />
        <source>Search</source>
        <translation>查询</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="170" />
        <source>Caller</source>
        <translation>来电</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="106" />
        <source>Administrators see no customer data.</source>
        <translation>系统管理员不能查看客户信息。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="112" />
        <location filename="../../seatdesk/ui/main_window.py" line="344" />
        <source>No active call</source>
        <translation>当前无通话</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="114" />
        <source>End call</source>
        <translation>结束通话</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="118" />
        <location filename="../../seatdesk/ui/main_window.py" line="484" />
        <source>Report incident</source>
        <translation>报告泄密</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="124" />
        <source>Export (masked)…</source>
        <translation>导出（掩码）…</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="144" />
        <source>Search results</source>
        <translation>查询结果</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="192" />
        <source>Agent</source>
        <translation>坐席员</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="193" />
        <source>Supervisor</source>
        <translation>班组长</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="194" />
        <source>Security officer</source>
        <translation>信息安全专员</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="195" />
        <source>Administrator</source>
        <translation>系统管理员</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="198" />
        <source>Signed in: %1 (%2) · seat %3</source>
        <translation>当前用户：%1（%2）· 座席 %3</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="212" />
        <source>No device secret: weaker key protection</source>
        <translation>未使用设备密钥：密钥保护较弱</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="237" />
        <source>Screen capture blocked</source>
        <translation>已阻止屏幕截取</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="240" />
        <source>Screen capture not blocked</source>
        <translation>屏幕截取未被阻止</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="242" />
        <source>strict masking</source>
        <translation>严格掩码</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="249" />
        <source>Blocked: customer data cannot leave the seat (%1). The attempt was recorded.</source>
        <translation>已阻止：客户信息不得带出座席（%1）。此次尝试已记录。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="256" />
        <source>Printing customer data is not allowed; the attempt was recorded.</source>
        <translation>不允许打印客户信息；此次尝试已记录。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="279" />
        <source>Your role may not search customer records.</source>
        <translation>您的角色无权查询客户记录。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="289" />
        <source>No customer matches. New caller?</source>
        <translation>未找到匹配的客户。是否为新来电客户？</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="295" />
        <source>%1 customers match: choose the caller.</source>
        <translation>有 %1 位客户匹配，请确认来电客户。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="319" />
        <source>A call is waiting.</source>
        <translation>有来电等待处理。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="341" />
        <source>Call in progress</source>
        <translation>通话进行中</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="349" />
        <source>not identified</source>
        <translation>未确认</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="351" />
        <source>Active call %1 · %2 · customer %3</source>
        <translation>通话中 %1 · %2 · 客户 %3</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="368" />
        <source>Open a customer first.</source>
        <translation>请先打开一位客户。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="382" />
        <source>Your role may not reveal this field for this customer.</source>
        <translation>您的角色不能查看该客户此字段的原值。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="393" />
        <source>supervisor</source>
        <translation>班组长</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="395" />
        <source>security officer</source>
        <translation>信息安全专员</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="406" />
        <source>This reveal needs an authorisation.</source>
        <translation>查看原值需要授权。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="433" />
        <source>Locked after inactivity.</source>
        <translation>长时间无操作，已自动锁屏。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="434" />
        <source>Locked by you.</source>
        <translation>已手动锁屏。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="435" />
        <source>Locked with the screen.</source>
        <translation>随系统锁屏而锁定。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="436" />
        <source>Locked when the session switched.</source>
        <translation>切换会话时已锁定。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="451" />
        <source>SeatDesk</source>
        <translation>SeatDesk</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="451" />
        <source>Too many wrong passwords: you are signed out.</source>
        <translation>密码错误次数过多，已退出登录。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="457" />
        <source>Wrong password.</source>
        <translation>密码错误。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="486" />
        <source>Reported as %1. The security officer has been notified through the audit log. Audit anchor: %2</source>
        <translation>已报告，编号 %1。信息安全专员将通过审计日志收到通知。审计锚点：%2</translation>
    </message>
</context>
<context>
    <name>ExportFlow</name>
    <message>
        <location filename="../../seatdesk/ui/export_flow.py" line="77" />
        <source>Save the encrypted export</source>
        <translation>保存加密导出文件</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/export_flow.py" line="88" />
        <source>Search first: the export holds the customers listed.</source>
        <translation>请先查询：导出内容为列表中的客户。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/export_flow.py" line="98" />
        <source>supervisor or security officer</source>
        <translation>班组长或信息安全专员</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/export_flow.py" line="120" />
        <source>Export (masked)</source>
        <translation>导出（掩码）</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/export_flow.py" line="121" />
        <source>Written to %1. One-time password for the recipient — for the authoriser's eyes only, shown once:

%2</source>
        <translation>已写入 %1。接收方使用的一次性密码（仅供授权人查看，只显示一次）：

%2</translation>
    </message>
</context>
<context>
    <name>ExportRequestDialog</name>
    <message>
        <location filename="../../seatdesk/ui/export_flow.py" line="35" />
        <source>Export (masked)</source>
        <translation>导出（掩码）</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/export_flow.py" line="38" />
        <source>%1 customer(s), masked fields only. A supervisor or security officer must authorise the export at this seat.</source>
        <translation>共 %1 位客户，仅含掩码字段。须由班组长或信息安全专员在本座席授权导出。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/export_flow.py" line="45" />
        <location filename="../../seatdesk/ui/export_flow.py" line="50" />
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/export_flow.py" line="48" />
        <location filename="../../seatdesk/ui/export_flow.py" line="51" />
        <source>Recipient</source>
        <translation>接收方</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/export_flow.py" line="55" />
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/export_flow.py" line="56" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/export_flow.py" line="69" />
        <source>Give the purpose and the recipient.</source>
        <translation>请填写用途和接收方。</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../seatdesk/ui/lock_screen.py" line="16" />
        <source>SeatDesk is locked</source>
        <translation>SeatDesk 已锁定</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/lock_screen.py" line="28" />
        <location filename="../../seatdesk/ui/lock_screen.py" line="29" />
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/lock_screen.py" line="32" />
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/lock_screen.py" line="39" />
        <source>Report incident</source>
        <translation>报告泄密</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../seatdesk/ui/login_dialog.py" line="27" />
        <source>SeatDesk — sign in</source>
        <translation>SeatDesk — 登录</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/login_dialog.py" line="30" />
        <source>Customer information stays on this seat.</source>
        <translation>客户信息不出座席。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/login_dialog.py" line="43" />
        <source>Staff ID</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/login_dialog.py" line="44" />
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/login_dialog.py" line="48" />
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/login_dialog.py" line="49" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/login_dialog.py" line="58" />
        <source>Vault: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/login_dialog.py" line="69" />
        <source>Enter your staff ID and password.</source>
        <translation>请输入工号和密码。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/login_dialog.py" line="76" />
        <source>This account is locked after repeated failed sign-ins. Try again later or ask your administrator.</source>
        <translation>多次登录失败，账户已被锁定。请稍后再试或联系系统管理员。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/login_dialog.py" line="83" />
        <source>Staff ID or password is wrong, or the account is disabled.</source>
        <translation>工号或密码错误，或账户已停用。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/login_dialog.py" line="87" />
        <source>The vault cannot be opened: %1</source>
        <translation>无法打开数据库：%1</translation>
    </message>
</context>
<context>
    <name>RecordCard</name>
    <message>
        <location filename="../../seatdesk/ui/record_card.py" line="77" />
        <source>Search for a caller by phone number or customer number.</source>
        <translation>按来电号码或客户号查找客户。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/record_card.py" line="91" />
        <source>Customer %1</source>
        <translation>客户 %1</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/record_card.py" line="97" />
        <source>Copy customer no.</source>
        <translation>复制客户号</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/record_card.py" line="98" />
        <source>Copy the customer number</source>
        <translation>复制客户号</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/record_card.py" line="105" />
        <source>until %1</source>
        <translation>至 %1</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/record_card.py" line="144" />
        <source>Verify</source>
        <translation>核验</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/record_card.py" line="145" />
        <source>Verify this field</source>
        <translation>核验此字段</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/record_card.py" line="151" />
        <source>Reveal</source>
        <translation>查看原值</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/record_card.py" line="152" />
        <source>Reveal this field for a few seconds</source>
        <translation>临时查看此字段原值（数秒）</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/record_card.py" line="163" />
        <source>Contact history</source>
        <translation>接触记录</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/record_card.py" line="167" />
        <source>No earlier contacts.</source>
        <translation>无历史接触记录。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/record_card.py" line="169" />
        <source>call</source>
        <translation>来电</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/record_card.py" line="170" />
        <source>complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/record_card.py" line="171" />
        <source>note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>ReportIncidentDialog</name>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="292" />
        <source>Report incident</source>
        <translation>报告泄密</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="295" />
        <location filename="../../seatdesk/ui/dialogs.py" line="315" />
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="297" />
        <source>Suspected leak</source>
        <translation>疑似泄露</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="298" />
        <source>Data leak</source>
        <translation>数据泄露</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="299" />
        <source>Device lost or stolen</source>
        <translation>设备丢失或被盗</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="300" />
        <source>Unauthorised access</source>
        <translation>未授权访问</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="301" />
        <source>Suspicious call or social engineering</source>
        <translation>可疑来电或社会工程</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="302" />
        <source>Unregistered visitor</source>
        <translation>未登记外来人员</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="303" />
        <source>Mistake (e.g. number read to the wrong caller)</source>
        <translation>误操作（如向错误来电者读出号码）</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="304" />
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="309" />
        <location filename="../../seatdesk/ui/dialogs.py" line="316" />
        <source>What happened</source>
        <translation>发生了什么</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="310" />
        <source>What happened, in one sentence</source>
        <translation>用一句话说明发生了什么</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="312" />
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="312" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="326" />
        <source>Say in one sentence what happened.</source>
        <translation>请用一句话说明发生了什么。</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <location filename="../../seatdesk/ui/results_model.py" line="47" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/results_model.py" line="47" />
        <source>Customer no.</source>
        <translation>客户号</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/results_model.py" line="47" />
        <source>Tier</source>
        <translation>密级</translation>
    </message>
</context>
<context>
    <name>RevealReasonDialog</name>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="61" />
        <source>Reveal — reason</source>
        <translation>查看原值 — 理由</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="64" />
        <location filename="../../seatdesk/ui/dialogs.py" line="81" />
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="69" />
        <location filename="../../seatdesk/ui/dialogs.py" line="82" />
        <source>Explanation</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="71" />
        <source>The value is shown for a few seconds and the reveal is recorded.</source>
        <translation>原值仅显示数秒，本次查看将被记录。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="74" />
        <source>No call with this customer is active: explain why, the reveal is flagged.</source>
        <translation>当前没有与该客户的通话：请说明原因，本次查看将被标记。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="83" />
        <source>Reveal</source>
        <translation>查看原值</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="83" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="93" />
        <source>Outside a call an explanation is required.</source>
        <translation>非通话期间查看原值必须填写说明。</translation>
    </message>
</context>
<context>
    <name>RevealedValueView</name>
    <message>
        <location filename="../../seatdesk/ui/revealed_value.py" line="27" />
        <source>Revealed value</source>
        <translation>原值</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/revealed_value.py" line="65" />
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="166" />
        <source>Verify without revealing</source>
        <translation>核验（不显示原值）</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="171" />
        <source>Field to verify</source>
        <translation>要核验的字段</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="180" />
        <source>What the caller gives</source>
        <translation>客户提供的内容</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="183" />
        <source>What the caller says</source>
        <translation>客户所说的内容</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="189" />
        <source>Check</source>
        <translation>核验</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="192" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="196" />
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="197" />
        <source>Caller gives</source>
        <translation>客户提供</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="198" />
        <source>Caller says</source>
        <translation>客户所说</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="211" />
        <source>the full value</source>
        <translation>完整内容</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="212" />
        <source>the last 6 characters</source>
        <translation>后 6 位</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="213" />
        <source>the last 4 digits</source>
        <translation>后 4 位</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="223" />
        <source>%1 attempt(s) left on this call</source>
        <translation>本次通话还可核验 %1 次</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="238" />
        <source>%1 attempt(s) left</source>
        <translation>还可核验 %1 次</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="240" />
        <source>Nothing stored to compare with</source>
        <translation>无可比对的存储信息</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="242" />
        <source>Match</source>
        <translation>一致</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="244" />
        <source>No match — check locked for this call</source>
        <translation>不一致 — 本次通话已锁定此项核验</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="246" />
        <source>No match</source>
        <translation>不一致</translation>
    </message>
</context>
</TS>