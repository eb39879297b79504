<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../seatdesk/ui/password_dialog.py" line="25" />
        <source>SeatDesk — change your password</source>
        <translation>SeatDesk — 修改密码</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/password_dialog.py" line="26" />
        <source>Your password was set by an administrator. Choose your own now (at least %1 characters, not your staff ID).</source>
        <translation>您的密码由管理员设置，请现在设置自己的密码（至少 %1 个字符，且不能与工号相同）。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/password_dialog.py" line="40" />
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/password_dialog.py" line="41" />
        <source>Repeat</source>
        <translation>再次输入</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/password_dialog.py" line="45" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/password_dialog.py" line="59" />
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>DeskWindow</name>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="34" />
        <source>SeatDesk — customer desk</source>
        <translation>SeatDesk 坐席保密工作台</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="39" />
        <source>Phone number or customer number</source>
        <translation>来电号码或客户号</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="42" />
        <source>Search</source>
        <translation>查询</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="60" />
        <source>Caller</source>
        <translation>来电</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="79" />
        <source>Administrators see no customer data.</source>
        <translation>系统管理员不能查看客户信息。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="84" />
        <source>Agent</source>
        <translation>坐席员</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="85" />
        <source>Supervisor</source>
        <translation>班组长</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="86" />
        <source>Security officer</source>
        <translation>信息安全专员</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="87" />
        <source>Administrator</source>
        <translation>系统管理员</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="89" />
        <source>Signed in: %1 (%2) · seat %3</source>
        <translation>当前用户：%1（%2）· 座席 %3</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="95" />
        <source>No device secret: weaker key protection</source>
        <translation>未使用设备密钥：密钥保护较弱</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="104" />
        <source>Your role may not search customer records.</source>
        <translation>您的角色无权查询客户记录。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/main_window.py" line="110" />
        <source>No customer matches. New caller?</source>
        <translation>未找到匹配的客户。是否为新来电客户？</translation>
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
        <location filename="../../seatdesk/ui/login_dialog.py" line="75" />
        <source>This account is locked after repeated failed sign-ins. Try again later or ask your administrator.</source>
        <translation>多次登录失败，账户已被锁定。请稍后再试或联系系统管理员。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/login_dialog.py" line="80" />
        <source>Staff ID or password is wrong, or the account is disabled.</source>
        <translation>工号或密码错误，或账户已停用。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/login_dialog.py" line="83" />
        <source>The vault cannot be opened: %1</source>
        <translation>无法打开数据库：%1</translation>
    </message>
</context>
<context>
    <name>RecordCard</name>
    <message>
        <location filename="../../seatdesk/ui/record_card.py" line="61" />
        <source>Search for a caller by phone number or customer number.</source>
        <translation>按来电号码或客户号查找客户。</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/record_card.py" line="73" />
        <source>Customer %1</source>
        <translation>客户 %1</translation>
    </message>
    <message>
        <location filename="../../seatdesk/ui/record_card.py" line="81" />
        <source>until %1</source>
        <translation>至 %1</translation>
    </message>
</context>
</TS>