<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>BackupScheduler</name>
    <message>
        <source>Automatic backup every {minutes} min</source>
        <translation>每 {minutes} 分钟自动备份</translation>
    </message>
    <message>
        <source>Automatic backup off</source>
        <translation>自动备份已关闭</translation>
    </message>
    <message>
        <source>Settings &gt; Automatic backup</source>
        <translation>设置 &gt; 自动备份</translation>
    </message>
    <message>
        <source>Backed up {time}</source>
        <translation>已于 {time} 备份</translation>
    </message>
    <message>
        <source>Backup failed {time}</source>
        <translation>{time} 备份失败</translation>
    </message>
</context>
<context>
    <name>DeskField</name>
    <message>
        <source>Scan a badge, or type a name, 中文姓名, organization, e-mail…</source>
        <translation>扫描胸牌，或输入英文名、中文姓名、单位、邮箱…</translation>
    </message>
</context>
<context>
    <name>DeskScreen</name>
    <message>
        <source>check in the highlighted person</source>
        <translation>为选中的人签到</translation>
    </message>
    <message>
        <source>choose</source>
        <translation>选择</translation>
    </message>
    <message>
        <source>clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>search field</source>
        <translation>搜索框</translation>
    </message>
    <message>
        <source>undo the check-in shown</source>
        <translation>撤销当前显示的签到</translation>
    </message>
    <message>
        <source>print / reprint badge</source>
        <translation>打印／补打胸牌</translation>
    </message>
    <message>
        <source>walk-in</source>
        <translation>现场报名</translation>
    </message>
    <message>
        <source>Registration desk</source>
        <translation>签到处</translation>
    </message>
    <message>
        <source>checked in / registered (event)</source>
        <translation>已签到／已报名（全场）</translation>
    </message>
    <message>
        <source>checked in at {desk}</source>
        <translation>{desk} 已签到</translation>
    </message>
    <message>
        <source>The check-in list this desk checks in on</source>
        <translation>本签到处使用的签到名单</translation>
    </message>
    <message>
        <source>Check-in list</source>
        <translation>签到名单</translation>
    </message>
    <message>
        <source>Exit scans  (F3)</source>
        <translation>离场扫描  (F3)</translation>
    </message>
    <message>
        <source>At a door with exits: scans check people out</source>
        <translation>设有出口的入口：扫描即登记离场</translation>
    </message>
    <message>
        <source>inside</source>
        <translation>场内</translation>
    </message>
    <message>
        <source>↶ Undo check-in  (Ctrl+Z)</source>
        <translation>↶ 撤销签到  (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Print badge  (Ctrl+P)</source>
        <translation>打印胸牌  (Ctrl+P)</translation>
    </message>
    <message>
        <source>＋ Walk-in  (F2)</source>
        <translation>＋ 现场报名  (F2)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>不清空</translation>
    </message>
    <message>
        <source>Clear the result panel after this long (0: never)</source>
        <translation>结果显示多久后清空（0：不清空）</translation>
    </message>
    <message>
        <source>Sounds</source>
        <translation>声音</translation>
    </message>
    <message>
        <source>Admit anyway…  (F8)</source>
        <translation>仍然放行…  (F8)</translation>
    </message>
    <message>
        <source>The door is full: admit this person, saying why</source>
        <translation>场内已满：注明原因后放行此人</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <source>Clear result after</source>
        <translation>结果清空时间</translation>
    </message>
    <message>
        <source>Registered: {name} (Enter checks in)</source>
        <translation>已报名：{name}（按 Enter 签到）</translation>
    </message>
    <message>
        <source>Nobody found for “{text}”</source>
        <translation>找不到“{text}”</translation>
    </message>
    <message>
        <source>Latest check-ins at {desk}</source>
        <translation>{desk} 最近的签到</translation>
    </message>
    <message>
        <source>Type a name to search</source>
        <translation>输入姓名搜索</translation>
    </message>
    <message>
        <source>The lists are read from the event&apos;s server when it answers</source>
        <translation>服务器响应后即读取签到名单</translation>
    </message>
    <message>
        <source>Checking in on: {name}</source>
        <translation>正在使用：{name}</translation>
    </message>
    <message>
        <source>in</source>
        <translation>已入场</translation>
    </message>
    <message>
        <source>Exit scans</source>
        <translation>离场扫描</translation>
    </message>
    <message>
        <source>Entry scans</source>
        <translation>入场扫描</translation>
    </message>
    <message>
        <source>Checking in…</source>
        <translation>签到中…</translation>
    </message>
    <message>
        <source>checked in / registered on {list}</source>
        <translation>已签到／已报名（{list}）</translation>
    </message>
</context>
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
        <source>Demo event: made-up people</source>
        <translation>演示活动：虚构人物</translation>
    </message>
    <message>
        <source>File &gt; New event… creates your own event</source>
        <translation>文件 &gt; 新建活动… 可创建你自己的活动</translation>
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
    <name>PrintQueue</name>
    <message>
        <source>Print queue…</source>
        <translation>打印队列…</translation>
    </message>
</context>
<context>
    <name>ResultPanel</name>
    <message>
        <source>Checked in</source>
        <translation>已签到</translation>
    </message>
    <message>
        <source>Unknown code</source>
        <translation>无法识别的编码</translation>
    </message>
    <message>
        <source>Forged code</source>
        <translation>伪造的编码</translation>
    </message>
    <message>
        <source>Badge of another event</source>
        <translation>其他活动的胸牌</translation>
    </message>
    <message>
        <source>Registration cancelled</source>
        <translation>报名已取消</translation>
    </message>
    <message>
        <source>Not a badge code</source>
        <translation>不是胸牌编码</translation>
    </message>
    <message>
        <source>Type the person&apos;s name to find the registration, or register a walk-in.</source>
        <translation>请输入此人的姓名查找报名记录，或进行现场报名。</translation>
    </message>
    <message>
        <source>This badge was not issued by this event. Send the person to the help desk.</source>
        <translation>此胸牌并非本活动发放。请带此人到服务台。</translation>
    </message>
    <message>
        <source>This badge is from another event. Search by name or register a walk-in.</source>
        <translation>此胸牌属于其他活动。请按姓名搜索或进行现场报名。</translation>
    </message>
    <message>
        <source>This registration was cancelled. Send the person to the help desk.</source>
        <translation>此报名已取消。请带此人到服务台。</translation>
    </message>
    <message>
        <source>Scan again, or type the person&apos;s name.</source>
        <translation>请重新扫描，或输入此人的姓名。</translation>
    </message>
    <message>
        <source>Do not hand over a second badge unless it is lost: use Reprint.</source>
        <translation>除非胸牌遗失，否则不要再发胸牌：如需要请用“补打”。</translation>
    </message>
    <message>
        <source>Already checked in at {time} at {desk}</source>
        <translation>已于 {time} 在 {desk} 签到</translation>
    </message>
    <message>
        <source>Already checked in at {time}</source>
        <translation>已于 {time} 签到</translation>
    </message>
    <message>
        <source>Already checked in at {desk}</source>
        <translation>已在 {desk} 签到</translation>
    </message>
    <message>
        <source>Already checked in</source>
        <translation>已签到过</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>准备就绪</translation>
    </message>
    <message>
        <source>請掃描胸章或輸入姓名</source>
        <translation>请扫描胸牌或输入姓名</translation>
    </message>
    <message>
        <source>Search finds English and Chinese names, organizations and e-mail addresses.</source>
        <translation>可搜索英文名、中文姓名、单位及邮箱地址。</translation>
    </message>
    <message>
        <source>Scanned: {code}</source>
        <translation>已扫描：{code}</translation>
    </message>
    <message>
        <source>Check-in undone</source>
        <translation>已撤销签到</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>原因：{reason}</translation>
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
<context>
    <name>WalkInDialog</name>
    <message>
        <source>Given name</source>
        <translation>名（英文）</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>姓（英文）</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>中文姓名</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name (in English or in Chinese).</source>
        <translation>请输入此人的姓名（英文或中文）。</translation>
    </message>
    <message>
        <source>This e-mail address looks wrong (name@example.com).</source>
        <translation>邮箱地址似乎有误（例如 name@example.com）。</translation>
    </message>
    <message>
        <source>At most 300 characters.</source>
        <translation>最多 300 个字符。</translation>
    </message>
    <message>
        <source>{who} ({why}) is already registered (and {more} more alike): open it?</source>
        <translation>{who}（{why}）已报名（另有 {more} 条相似记录）：要打开吗？</translation>
    </message>
    <message>
        <source>{who} ({why}) is already registered: open it?</source>
        <translation>{who}（{why}）已报名：要打开吗？</translation>
    </message>
    <message>
        <source>Walk-in registration</source>
        <translation>现场报名</translation>
    </message>
    <message>
        <source>Add attendee</source>
        <translation>添加参会者</translation>
    </message>
    <message>
        <source>Register a walk-in</source>
        <translation>现场报名新参会者</translation>
    </message>
    <message>
        <source>Add an attendee</source>
        <translation>添加一位参会者</translation>
    </message>
    <message>
        <source>They are checked in and their badge is printed when you press Register.</source>
        <translation>按下“报名、签到并打印”后，此人即完成签到，并打印胸牌。</translation>
    </message>
    <message>
        <source>They are registered, not checked in: they check in at a desk when they arrive.</source>
        <translation>此人只报名，不会立即签到：到场时再到签到处签到。</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Open it</source>
        <translation>打开记录</translation>
    </message>
    <message>
        <source>Register as a new person anyway</source>
        <translation>仍然作为新参会者报名</translation>
    </message>
    <message>
        <source>Register, check in and print</source>
        <translation>报名、签到并打印</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Badge scanned – {who}{headline}. That is no walk-in: the form was left as it was.</source>
        <translation>已扫描胸牌 – {who}{headline}。此人并非现场报名：表格保持不变。</translation>
    </message>
</context>
</TS>
