"""Fill the .ts files: en = the English source, zh_CN from the table below.

Run after `make lupdate`; new strings without a Chinese entry are listed and left unfinished
(the translation test then fails until they are added here or in Qt Linguist).
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1] / "resources" / "translations"

ZH = {
    # sign-in and password
    "SeatDesk — change your password": "SeatDesk — 修改密码",
    "Your password was set by an administrator. Choose your own now (at least %1 characters, "
    "not your staff ID).": "您的密码由管理员设置，请现在设置自己的密码（至少 %1 个字符，且不能与工号相同）。",
    "New password": "新密码",
    "Repeat": "再次输入",
    "Cancel": "取消",
    "The two passwords differ.": "两次输入的密码不一致。",
    "SeatDesk — sign in": "SeatDesk — 登录",
    "Customer information stays on this seat.": "客户信息不出座席。",
    "Staff ID": "工号",
    "Password": "密码",
    "Sign in": "登录",
    "Vault: %1": "数据库：%1",
    "Enter your staff ID and password.": "请输入工号和密码。",
    "This account is locked after repeated failed sign-ins. Try again later or ask your "
    "administrator.": "多次登录失败，账户已被锁定。请稍后再试或联系系统管理员。",
    "Staff ID or password is wrong, or the account is disabled.": "工号或密码错误，或账户已停用。",
    "The vault cannot be opened: %1": "无法打开数据库：%1",
    # desk
    "SeatDesk — customer desk": "SeatDesk 坐席保密工作台",
    "Phone number or customer number": "来电号码或客户号",
    "Search": "查询",
    "Caller": "来电",
    "Administrators see no customer data.": "系统管理员不能查看客户信息。",
    "Agent": "坐席员",
    "Supervisor": "班组长",
    "Security officer": "信息安全专员",
    "Administrator": "系统管理员",
    "Signed in: %1 (%2) · seat %3": "当前用户：%1（%2）· 座席 %3",
    "No device secret: weaker key protection": "未使用设备密钥：密钥保护较弱",
    "Your role may not search customer records.": "您的角色无权查询客户记录。",
    "No customer matches. New caller?": "未找到匹配的客户。是否为新来电客户？",
    "Search for a caller by phone number or customer number.": "按来电号码或客户号查找客户。",
    "Customer %1": "客户 %1",
    "until %1": "至 %1",
    "No active call": "当前无通话",
    "Call in progress": "通话进行中",
    "End call": "结束通话",
    "Report incident": "报告泄密",
    "Search results": "查询结果",
    "%1 customers match: choose the caller.": "有 %1 位客户匹配，请确认来电客户。",
    "A call is waiting.": "有来电等待处理。",
    "not identified": "未确认",
    "Active call %1 · %2 · customer %3": "通话中 %1 · %2 · 客户 %3",
    "Open a customer first.": "请先打开一位客户。",
    "Your role may not reveal this field for this customer.": "您的角色不能查看该客户此字段的原值。",
    "supervisor": "班组长",
    "security officer": "信息安全专员",
    "This reveal needs an authorisation.": "查看原值需要授权。",
    "Locked after inactivity.": "长时间无操作，已自动锁屏。",
    "Locked by you.": "已手动锁屏。",
    "Locked with the screen.": "随系统锁屏而锁定。",
    "Locked when the session switched.": "切换会话时已锁定。",
    "SeatDesk": "SeatDesk",
    "Too many wrong passwords: you are signed out.": "密码错误次数过多，已退出登录。",
    "Wrong password.": "密码错误。",
    "Reported as %1. The security officer has been notified through the audit log. Audit "
    "anchor: %2": "已报告，编号 %1。信息安全专员将通过审计日志收到通知。审计锚点：%2",
    "SeatDesk is already running for this user; it has been brought to the front.": "当前用户的 SeatDesk 已在运行，已切换到该窗口。",
    # lock screen
    "SeatDesk is locked": "SeatDesk 已锁定",
    "Unlock": "解锁",
    # record card
    "Verify": "核验",
    "Verify this field": "核验此字段",
    "Reveal": "查看原值",
    "Reveal this field for a few seconds": "临时查看此字段原值（数秒）",
    "Contact history": "接触记录",
    "No earlier contacts.": "无历史接触记录。",
    "call": "来电",
    "complaint": "投诉",
    "note": "备注",
    "Name": "姓名",
    "Customer no.": "客户号",
    "Tier": "密级",
    # dialogs
    "Confidentiality agreement": "保密协议",
    "I have read the agreement and accept it": "我已阅读并同意上述协议",
    "Type your staff ID to confirm": "输入您的工号以确认",
    "Accept": "确认",
    "Authorisation at the seat": "现场授权（双人复核）",
    "This reveal needs the authorisation of a %1. They enter their staff ID and password here.": "查看原值需要%1授权，请其在此输入工号和密码。",
    "Approver staff ID": "授权人工号",
    "Approver password": "授权人密码",
    "Authorise": "授权",
    "Category": "类别",
    "Suspected leak": "疑似泄露",
    "Data leak": "数据泄露",
    "Device lost or stolen": "设备丢失或被盗",
    "Unauthorised access": "未授权访问",
    "Suspicious call or social engineering": "可疑来电或社会工程",
    "Unregistered visitor": "未登记外来人员",
    "Mistake (e.g. number read to the wrong caller)": "误操作（如向错误来电者读出号码）",
    "Other": "其他",
    "What happened": "发生了什么",
    "What happened, in one sentence": "用一句话说明发生了什么",
    "Report": "报告",
    "Say in one sentence what happened.": "请用一句话说明发生了什么。",
    "Reveal — reason": "查看原值 — 理由",
    "Reason": "理由",
    "Explanation": "说明",
    "The value is shown for a few seconds and the reveal is recorded.": "原值仅显示数秒，本次查看将被记录。",
    "No call with this customer is active: explain why, the reveal is flagged.": "当前没有与该客户的通话：请说明原因，本次查看将被标记。",
    "Outside a call an explanation is required.": "非通话期间查看原值必须填写说明。",
    "Revealed value": "原值",
    "%1 s": "%1 秒",
    "Verify without revealing": "核验（不显示原值）",
    "Field to verify": "要核验的字段",
    "What the caller gives": "客户提供的内容",
    "What the caller says": "客户所说的内容",
    "Check": "核验",
    "Close": "关闭",
    "Field": "字段",
    "Caller gives": "客户提供",
    "Caller says": "客户所说",
    "the full value": "完整内容",
    "the last 6 characters": "后 6 位",
    "the last 4 digits": "后 4 位",
    "%1 attempt(s) left on this call": "本次通话还可核验 %1 次",
    "%1 attempt(s) left": "还可核验 %1 次",
    "Nothing stored to compare with": "无可比对的存储信息",
    "Match": "一致",
    "No match — check locked for this call": "不一致 — 本次通话已锁定此项核验",
    "No match": "不一致",
    # guards and export
    "Export (masked)…": "导出（掩码）…",
    "Export (masked)": "导出（掩码）",
    "Screen capture blocked": "已阻止屏幕截取",
    "Screen capture not blocked": "屏幕截取未被阻止",
    "strict masking": "严格掩码",
    "Blocked: customer data cannot leave the seat (%1). The attempt was recorded.": "已阻止：客户信息不得带出座席（%1）。此次尝试已记录。",
    "Printing customer data is not allowed; the attempt was recorded.": "不允许打印客户信息；此次尝试已记录。",
    "%1 customer(s), masked fields only. A supervisor or security officer must authorise the export at this seat.": "共 %1 位客户，仅含掩码字段。须由班组长或信息安全专员在本座席授权导出。",
    "Purpose": "用途",
    "Recipient": "接收方",
    "Continue": "继续",
    "Give the purpose and the recipient.": "请填写用途和接收方。",
    "Copy customer no.": "复制客户号",
    "Copy the customer number": "复制客户号",
    "Save the encrypted export": "保存加密导出文件",
    "Search first: the export holds the customers listed.": "请先查询：导出内容为列表中的客户。",
    "supervisor or security officer": "班组长或信息安全专员",
    "Written to %1. One-time password for the recipient — for the authoriser's eyes only, shown once:\n\n%2": "已写入 %1。接收方使用的一次性密码（仅供授权人查看，只显示一次）：\n\n%2",
}


def fill(path: Path, translate: dict[str, str] | None) -> list[str]:
    tree = ET.parse(path)
    missing = []
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        text = source if translate is None else translate.get(source)
        if text is None:
            missing.append(source)
            continue
        translation.text = text
        translation.attrib.pop("type", None)
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return missing


if __name__ == "__main__":
    missing = fill(ROOT / "seatdesk_zh_CN.ts", ZH) + fill(ROOT / "seatdesk_en.ts", None)
    for source in missing:
        print(f"untranslated: {source}")
    sys.exit(1 if missing else 0)
