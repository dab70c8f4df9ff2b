<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New event…</source>
        <translation>新建活动(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open event…</source>
        <translation>打开活动(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Event &amp;details…</source>
        <translation>活动信息(&amp;D)…</translation>
    </message>
    <message>
        <source>Recent &amp;events</source>
        <translation>最近的活动(&amp;E)</translation>
    </message>
    <message>
        <source>Check-in &amp;lists…</source>
        <translation>签到名单(&amp;L)…</translation>
    </message>
    <message>
        <source>Loc&amp;k the desk</source>
        <translation>锁定签到处(&amp;K)</translation>
    </message>
    <message>
        <source>Start kiosk &amp;mode…</source>
        <translation>启动自助签到模式(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Import registrations…</source>
        <translation>导入报名数据(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Guide to this screen</source>
        <translation>本页面使用指南(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About Confdesk</source>
        <translation>关于 Confdesk(&amp;A)</translation>
    </message>
    <message>
        <source>No other event opened yet</source>
        <translation>尚未打开其他活动</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>清空列表</translation>
    </message>
</context>
<context>
    <name>Screens</name>
    <message>
        <source>Desk</source>
        <translation>签到处</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>参会者</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>日程</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>胸牌</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>会议手册</translation>
    </message>
</context>
</TS>
