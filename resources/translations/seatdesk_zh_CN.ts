<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AgreementDialog</name>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="254" />
        <source>Confidentiality agreement</source>
        <translation>保密协议</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="259" />
        <source>I have read the agreement and accept it</source>
        <translation>我已阅读并同意上述协议</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="263" />
        <location filename="../../seatdesk/ui/dialogs.py" line="264" />
        <source>Type your staff ID to confirm</source>
        <translation>输入您的工号以确认</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="265" />
        <source>Accept</source>
        <translation>确认</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="265" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="111" />
        <source>Authorisation at the seat</source>
        <translation>现场授权（双人复核）</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="116" />
        <source>This reveal needs the authorisation of a %1. They enter their staff ID and password here.</source>
        <translation>查看原值需要%1授权，请其在此输入工号和密码。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="123" />
        <source>Approver staff ID</source>
        <translation>授权人工号</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="127" />
        <source>Approver password</source>
        <translation>授权人密码</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="130" />
        <source>Staff ID</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="131" />
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="132" />
        <source>Authorise</source>
        <translation>授权</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="132" />
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
        <location filename="../../seatdesk/ui/desk_app.py" line="74" />
        <source>SeatDesk is already running for this user; it has been brought to the front.</source>
        <translation>当前用户的 SeatDesk 已在运行，已切换到该窗口。</translation>
    </message>
</context>
<context>
    <name>DeskWindow</name>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="68" />
        <source>SeatDesk — customer desk</source>
        <translation>SeatDesk 坐席保密工作台</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="115" />
        <source>Phone number or customer number</source>
        <translation>来电号码或客户号</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="114" />
        <location filename="../../seatdesk/ui/main_window.py" line="118" />
        <source>Search</source>
        <translation>查询</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="150" />
        <source>Caller</source>
        <translation>来电</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="91" />
        <source>Administrators see no customer data.</source>
        <translation>系统管理员不能查看客户信息。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="97" />
        <location filename="../../seatdesk/ui/main_window.py" line="280" />
        <source>No active call</source>
        <translation>当前无通话</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="99" />
        <source>End call</source>
        <translation>结束通话</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="103" />
        <location filename="../../seatdesk/ui/main_window.py" line="416" />
        <source>Report incident</source>
        <translation>报告泄密</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="125" />
        <source>Search results</source>
        <translation>查询结果</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="172" />
        <source>Agent</source>
        <translation>坐席员</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="173" />
        <source>Supervisor</source>
        <translation>班组长</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="174" />
        <source>Security officer</source>
        <translation>信息安全专员</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="175" />
        <source>Administrator</source>
        <translation>系统管理员</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="178" />
        <source>Signed in: %1 (%2) · seat %3</source>
        <translation>当前用户：%1（%2）· 座席 %3</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="187" />
        <source>No device secret: weaker key protection</source>
        <translation>未使用设备密钥：密钥保护较弱</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="216" />
        <source>Your role may not search customer records.</source>
        <translation>您的角色无权查询客户记录。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="226" />
        <source>No customer matches. New caller?</source>
        <translation>未找到匹配的客户。是否为新来电客户？</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="232" />
        <source>%1 customers match: choose the caller.</source>
        <translation>有 %1 位客户匹配，请确认来电客户。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="255" />
        <source>A call is waiting.</source>
        <translation>有来电等待处理。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="277" />
        <source>Call in progress</source>
        <translation>通话进行中</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="285" />
        <source>not identified</source>
        <translation>未确认</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="287" />
        <source>Active call %1 · %2 · customer %3</source>
        <translation>通话中 %1 · %2 · 客户 %3</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="304" />
        <source>Open a customer first.</source>
        <translation>请先打开一位客户。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="316" />
        <source>Your role may not reveal this field for this customer.</source>
        <translation>您的角色不能查看该客户此字段的原值。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="327" />
        <source>supervisor</source>
        <translation>班组长</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="329" />
        <source>security officer</source>
        <translation>信息安全专员</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="340" />
        <source>This reveal needs an authorisation.</source>
        <translation>查看原值需要授权。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="365" />
        <source>Locked after inactivity.</source>
        <translation>长时间无操作，已自动锁屏。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="366" />
        <source>Locked by you.</source>
        <translation>已手动锁屏。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="367" />
        <source>Locked with the screen.</source>
        <translation>随系统锁屏而锁定。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="368" />
        <source>Locked when the session switched.</source>
        <translation>切换会话时已锁定。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="383" />
        <source>SeatDesk</source>
        <translation>SeatDesk</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="383" />
        <source>Too many wrong passwords: you are signed out.</source>
        <translation>密码错误次数过多，已退出登录。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="389" />
        <source>Wrong password.</source>
        <translation>密码错误。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="418" />
        <source>Reported as %1. The security officer has been notified through the audit log. Audit anchor: %2</source>
        <translation>已报告，编号 %1。信息安全专员将通过审计日志收到通知。审计锚点：%2</translation>
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
        <location filename="../../seatdesk/ui/record_card.py" line="76" />
        <source>Search for a caller by phone number or customer number.</source>
        <translation>按来电号码或客户号查找客户。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/record_card.py" line="90" />
        <source>Customer %1</source>
        <translation>客户 %1</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/record_card.py" line="98" />
        <source>until %1</source>
        <translation>至 %1</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/record_card.py" line="137" />
        <source>Verify</source>
        <translation>核验</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/record_card.py" line="138" />
        <source>Verify this field</source>
        <translation>核验此字段</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/record_card.py" line="144" />
        <source>Reveal</source>
        <translation>查看原值</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/record_card.py" line="145" />
        <source>Reveal this field for a few seconds</source>
        <translation>临时查看此字段原值（数秒）</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/record_card.py" line="156" />
        <source>Contact history</source>
        <translation>接触记录</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/record_card.py" line="160" />
        <source>No earlier contacts.</source>
        <translation>无历史接触记录。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/record_card.py" line="162" />
        <source>call</source>
        <translation>来电</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/record_card.py" line="163" />
        <source>complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/record_card.py" line="164" />
        <source>note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>ReportIncidentDialog</name>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="288" />
        <source>Report incident</source>
        <translation>报告泄密</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="291" />
        <location filename="../../seatdesk/ui/dialogs.py" line="311" />
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="293" />
        <source>Suspected leak</source>
        <translation>疑似泄露</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="294" />
        <source>Data leak</source>
        <translation>数据泄露</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="295" />
        <source>Device lost or stolen</source>
        <translation>设备丢失或被盗</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="296" />
        <source>Unauthorised access</source>
        <translation>未授权访问</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="297" />
        <source>Suspicious call or social engineering</source>
        <translation>可疑来电或社会工程</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="298" />
        <source>Unregistered visitor</source>
        <translation>未登记外来人员</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="299" />
        <source>Mistake (e.g. number read to the wrong caller)</source>
        <translation>误操作（如向错误来电者读出号码）</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="300" />
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="305" />
        <location filename="../../seatdesk/ui/dialogs.py" line="312" />
        <source>What happened</source>
        <translation>发生了什么</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="306" />
        <source>What happened, in one sentence</source>
        <translation>用一句话说明发生了什么</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="308" />
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="308" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="322" />
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
        <location filename="../../seatdesk/ui/dialogs.py" line="60" />
        <source>Reveal — reason</source>
        <translation>查看原值 — 理由</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="63" />
        <location filename="../../seatdesk/ui/dialogs.py" line="80" />
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="68" />
        <location filename="../../seatdesk/ui/dialogs.py" line="81" />
        <source>Explanation</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="70" />
        <source>The value is shown for a few seconds and the reveal is recorded.</source>
        <translation>原值仅显示数秒，本次查看将被记录。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="73" />
        <source>No call with this customer is active: explain why, the reveal is flagged.</source>
        <translation>当前没有与该客户的通话：请说明原因，本次查看将被标记。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="82" />
        <source>Reveal</source>
        <translation>查看原值</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="82" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="92" />
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
        <location filename="../../seatdesk/ui/dialogs.py" line="164" />
        <source>Verify without revealing</source>
        <translation>核验（不显示原值）</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="169" />
        <source>Field to verify</source>
        <translation>要核验的字段</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="178" />
        <source>What the caller gives</source>
        <translation>客户提供的内容</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="181" />
        <source>What the caller says</source>
        <translation>客户所说的内容</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="187" />
        <source>Check</source>
        <translation>核验</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="190" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="194" />
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="195" />
        <source>Caller gives</source>
        <translation>客户提供</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="196" />
        <source>Caller says</source>
        <translation>客户所说</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="207" />
        <source>the full value</source>
        <translation>完整内容</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="208" />
        <source>the last 6 characters</source>
        <translation>后 6 位</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="209" />
        <source>the last 4 digits</source>
        <translation>后 4 位</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="219" />
        <source>%1 attempt(s) left on this call</source>
        <translation>本次通话还可核验 %1 次</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="234" />
        <source>%1 attempt(s) left</source>
        <translation>还可核验 %1 次</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="236" />
        <source>Nothing stored to compare with</source>
        <translation>无可比对的存储信息</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="238" />
        <source>Match</source>
        <translation>一致</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="240" />
        <source>No match — check locked for this call</source>
        <translation>不一致 — 本次通话已锁定此项核验</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/dialogs.py" line="242" />
        <source>No match</source>
        <translation>不一致</translation>
    </message>
</context>
</TS>