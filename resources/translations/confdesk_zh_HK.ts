<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_HK" sourcelanguage="en">
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New event…</source>
        <translation>新增活動(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open event…</source>
        <translation>開啟活動(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>Event &amp;details…</source>
        <translation>活動資料(&amp;D)…</translation>
    </message>
    <message>
        <source>Recent &amp;events</source>
        <translation>最近的活動(&amp;E)</translation>
    </message>
    <message>
        <source>Check-in &amp;lists…</source>
        <translation>簽到名單(&amp;L)…</translation>
    </message>
    <message>
        <source>Loc&amp;k the desk</source>
        <translation>鎖定登記處(&amp;K)</translation>
    </message>
    <message>
        <source>Start kiosk &amp;mode…</source>
        <translation>開始自助登記模式(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Import registrations…</source>
        <translation>匯入報名資料(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>匯出(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>立即備份(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>從備份還原(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>前往(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Guide to this screen</source>
        <translation>本畫面使用指南(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>鍵盤快速鍵(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About Confdesk</source>
        <translation>關於 Confdesk(&amp;A)</translation>
    </message>
    <message>
        <source>No other event opened yet</source>
        <translation>尚未開啟其他活動</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>清除列表</translation>
    </message>
</context>
<context>
    <name>Screens</name>
    <message>
        <source>Desk</source>
        <translation>登記處</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>參加者</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>議程</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>名牌</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>總覽</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>程序表</translation>
    </message>
</context>
</TS>
