<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_HK" sourcelanguage="en">
<context>
    <name>BackupScheduler</name>
    <message>
        <source>Automatic backup every {minutes} min</source>
        <translation>每 {minutes} 分鐘自動備份</translation>
    </message>
    <message>
        <source>Automatic backup off</source>
        <translation>自動備份已關閉</translation>
    </message>
    <message>
        <source>Settings &gt; Automatic backup</source>
        <translation>設定 &gt; 自動備份</translation>
    </message>
    <message>
        <source>Backed up {time}</source>
        <translation>已於 {time} 備份</translation>
    </message>
    <message>
        <source>Backup failed {time}</source>
        <translation>{time} 備份失敗</translation>
    </message>
</context>
<context>
    <name>DeskField</name>
    <message>
        <source>Scan a badge, or type a name, 中文姓名, organization, e-mail…</source>
        <translation>掃描名牌，或輸入英文名、中文姓名、機構、電郵…</translation>
    </message>
</context>
<context>
    <name>DeskScreen</name>
    <message>
        <source>check in the highlighted person</source>
        <translation>為已選的人登記</translation>
    </message>
    <message>
        <source>choose</source>
        <translation>選擇</translation>
    </message>
    <message>
        <source>clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>search field</source>
        <translation>搜尋欄</translation>
    </message>
    <message>
        <source>undo the check-in shown</source>
        <translation>取消顯示中的登記</translation>
    </message>
    <message>
        <source>print / reprint badge</source>
        <translation>列印／重印名牌</translation>
    </message>
    <message>
        <source>walk-in</source>
        <translation>現場登記</translation>
    </message>
    <message>
        <source>Registration desk</source>
        <translation>登記處</translation>
    </message>
    <message>
        <source>checked in / registered (event)</source>
        <translation>已登記／已報名（全場）</translation>
    </message>
    <message>
        <source>checked in at {desk}</source>
        <translation>{desk} 已登記</translation>
    </message>
    <message>
        <source>The check-in list this desk checks in on</source>
        <translation>此登記處使用的簽到名單</translation>
    </message>
    <message>
        <source>Check-in list</source>
        <translation>簽到名單</translation>
    </message>
    <message>
        <source>Exit scans  (F3)</source>
        <translation>離場掃描  (F3)</translation>
    </message>
    <message>
        <source>At a door with exits: scans check people out</source>
        <translation>設有出口的入口：掃描即登記離場</translation>
    </message>
    <message>
        <source>inside</source>
        <translation>場內</translation>
    </message>
    <message>
        <source>↶ Undo check-in  (Ctrl+Z)</source>
        <translation>↶ 取消登記  (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Print badge  (Ctrl+P)</source>
        <translation>列印名牌  (Ctrl+P)</translation>
    </message>
    <message>
        <source>＋ Walk-in  (F2)</source>
        <translation>＋ 現場登記  (F2)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>不清除</translation>
    </message>
    <message>
        <source>Clear the result panel after this long (0: never)</source>
        <translation>結果顯示多久後清除（0：不清除）</translation>
    </message>
    <message>
        <source>Sounds</source>
        <translation>聲音</translation>
    </message>
    <message>
        <source>Admit anyway…  (F8)</source>
        <translation>仍然放行…  (F8)</translation>
    </message>
    <message>
        <source>The door is full: admit this person, saying why</source>
        <translation>場內已滿：註明原因後放行此人</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>搜尋結果</translation>
    </message>
    <message>
        <source>Clear result after</source>
        <translation>結果清除時間</translation>
    </message>
    <message>
        <source>Registered: {name} (Enter checks in)</source>
        <translation>已報名：{name}（按 Enter 登記）</translation>
    </message>
    <message>
        <source>Nobody found for “{text}”</source>
        <translation>找不到「{text}」</translation>
    </message>
    <message>
        <source>Latest check-ins at {desk}</source>
        <translation>{desk} 最近的登記</translation>
    </message>
    <message>
        <source>Type a name to search</source>
        <translation>輸入姓名搜尋</translation>
    </message>
    <message>
        <source>The lists are read from the event&apos;s server when it answers</source>
        <translation>伺服器回應後便會讀取簽到名單</translation>
    </message>
    <message>
        <source>Checking in on: {name}</source>
        <translation>正在使用：{name}</translation>
    </message>
    <message>
        <source>in</source>
        <translation>已進場</translation>
    </message>
    <message>
        <source>Exit scans</source>
        <translation>離場掃描</translation>
    </message>
    <message>
        <source>Entry scans</source>
        <translation>入場掃描</translation>
    </message>
    <message>
        <source>Checking in…</source>
        <translation>登記中…</translation>
    </message>
    <message>
        <source>checked in / registered on {list}</source>
        <translation>已登記／已報名（{list}）</translation>
    </message>
</context>
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
        <source>Demo event: made-up people</source>
        <translation>示範活動：虛構人物</translation>
    </message>
    <message>
        <source>File &gt; New event… creates your own event</source>
        <translation>檔案 &gt; 新增活動… 可建立你自己的活動</translation>
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
    <name>PrintQueue</name>
    <message>
        <source>Print queue…</source>
        <translation>列印佇列…</translation>
    </message>
</context>
<context>
    <name>ResultPanel</name>
    <message>
        <source>Checked in</source>
        <translation>已登記</translation>
    </message>
    <message>
        <source>Unknown code</source>
        <translation>無法識別的編號</translation>
    </message>
    <message>
        <source>Forged code</source>
        <translation>偽造的編號</translation>
    </message>
    <message>
        <source>Badge of another event</source>
        <translation>其他活動的名牌</translation>
    </message>
    <message>
        <source>Registration cancelled</source>
        <translation>報名已取消</translation>
    </message>
    <message>
        <source>Not a badge code</source>
        <translation>不是名牌編號</translation>
    </message>
    <message>
        <source>Type the person&apos;s name to find the registration, or register a walk-in.</source>
        <translation>請輸入此人的姓名查找報名紀錄，或作現場登記。</translation>
    </message>
    <message>
        <source>This badge was not issued by this event. Send the person to the help desk.</source>
        <translation>此名牌並非本活動發出。請帶此人到服務台。</translation>
    </message>
    <message>
        <source>This badge is from another event. Search by name or register a walk-in.</source>
        <translation>此名牌屬於其他活動。請以姓名搜尋或作現場登記。</translation>
    </message>
    <message>
        <source>This registration was cancelled. Send the person to the help desk.</source>
        <translation>此報名已取消。請帶此人到服務台。</translation>
    </message>
    <message>
        <source>Scan again, or type the person&apos;s name.</source>
        <translation>請再掃描，或輸入此人的姓名。</translation>
    </message>
    <message>
        <source>Do not hand over a second badge unless it is lost: use Reprint.</source>
        <translation>除非名牌遺失，否則不要再發名牌：如需要請用「重印」。</translation>
    </message>
    <message>
        <source>Already checked in at {time} at {desk}</source>
        <translation>已於 {time} 在 {desk} 登記</translation>
    </message>
    <message>
        <source>Already checked in at {time}</source>
        <translation>已於 {time} 登記</translation>
    </message>
    <message>
        <source>Already checked in at {desk}</source>
        <translation>已在 {desk} 登記</translation>
    </message>
    <message>
        <source>Already checked in</source>
        <translation>已登記過</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>準備就緒</translation>
    </message>
    <message>
        <source>請掃描胸章或輸入姓名</source>
        <translation>請掃描名牌或輸入姓名</translation>
    </message>
    <message>
        <source>Search finds English and Chinese names, organizations and e-mail addresses.</source>
        <translation>可搜尋英文名、中文姓名、機構及電郵地址。</translation>
    </message>
    <message>
        <source>Scanned: {code}</source>
        <translation>已掃描：{code}</translation>
    </message>
    <message>
        <source>Check-in undone</source>
        <translation>已取消登記</translation>
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
        <translation>機構</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>電郵</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name (in English or in Chinese).</source>
        <translation>請輸入此人的姓名（英文或中文）。</translation>
    </message>
    <message>
        <source>This e-mail address looks wrong (name@example.com).</source>
        <translation>電郵地址似乎有誤（例如 name@example.com）。</translation>
    </message>
    <message>
        <source>At most 300 characters.</source>
        <translation>最多 300 個字元。</translation>
    </message>
    <message>
        <source>{who} ({why}) is already registered (and {more} more alike): open it?</source>
        <translation>{who}（{why}）已經報名（另有 {more} 個相似紀錄）：要打開嗎？</translation>
    </message>
    <message>
        <source>{who} ({why}) is already registered: open it?</source>
        <translation>{who}（{why}）已經報名：要打開嗎？</translation>
    </message>
    <message>
        <source>Walk-in registration</source>
        <translation>現場登記</translation>
    </message>
    <message>
        <source>Add attendee</source>
        <translation>新增參加者</translation>
    </message>
    <message>
        <source>Register a walk-in</source>
        <translation>現場登記新參加者</translation>
    </message>
    <message>
        <source>Add an attendee</source>
        <translation>新增一位參加者</translation>
    </message>
    <message>
        <source>They are checked in and their badge is printed when you press Register.</source>
        <translation>按下「報名、登記並列印」後，此人即完成登記，名牌亦會列印。</translation>
    </message>
    <message>
        <source>They are registered, not checked in: they check in at a desk when they arrive.</source>
        <translation>此人只會報名，不會即時登記：到場時再到登記處登記。</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Open it</source>
        <translation>打開紀錄</translation>
    </message>
    <message>
        <source>Register as a new person anyway</source>
        <translation>仍然登記為新參加者</translation>
    </message>
    <message>
        <source>Register, check in and print</source>
        <translation>報名、登記並列印</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Badge scanned – {who}{headline}. That is no walk-in: the form was left as it was.</source>
        <translation>已掃描名牌 – {who}{headline}。此人並非現場登記：表格保持不變。</translation>
    </message>
</context>
</TS>
