<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_HK" sourcelanguage="en">
<context>
    <name>AttendeeActions</name>
    <message>
        <source>Add attendee</source>
        <translation>新增參加者</translation>
    </message>
    <message>
        <source>Register someone without checking them in</source>
        <translation>只報名，不即時登記</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>編輯</translation>
    </message>
    <message>
        <source>Edit the selected attendee</source>
        <translation>編輯已選的參加者</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Notes and the desk note</source>
        <translation>備註及登記處備註</translation>
    </message>
    <message>
        <source>Cancel registration</source>
        <translation>取消報名</translation>
    </message>
    <message>
        <source>Cancel or restore the selected registration</source>
        <translation>取消或恢復已選的報名</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合併</translation>
    </message>
    <message>
        <source>Merge two registrations</source>
        <translation>合併兩個報名紀錄</translation>
    </message>
    <message>
        <source>History</source>
        <translation>紀錄</translation>
    </message>
    <message>
        <source>Check-ins and changes</source>
        <translation>登記及修改紀錄</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>登記</translation>
    </message>
    <message>
        <source>Check the selected attendee in at this desk</source>
        <translation>在此登記處為已選的參加者登記</translation>
    </message>
    <message>
        <source>Undo check-in</source>
        <translation>取消登記</translation>
    </message>
    <message>
        <source>Take back the selected attendee's check-in</source>
        <translation>取消已選參加者的登記</translation>
    </message>
    <message>
        <source>Sign up…</source>
        <translation>報名參加…</translation>
    </message>
    <message>
        <source>Sign the selected attendee up for a round table or workshop (a seat, else the waiting list)</source>
        <translation>為已選的參加者報名圓桌會議或工作坊（有名額即取得座位，否則列入輪候名單）</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢復報名</translation>
    </message>
    <message>
        <source>Added: {name} (not checked in).</source>
        <translation>已新增：{name}（未登記）。</translation>
    </message>
    <message>
        <source>Restore registration</source>
        <translation>恢復報名</translation>
    </message>
    <message>
        <source>Restore the registration of {name}? Reason (for the log):</source>
        <translation>要恢復 {name} 的報名嗎？原因（記入紀錄）：</translation>
    </message>
    <message>
        <source>Cancel the registration of {name}? Reason (for the log):</source>
        <translation>要取消 {name} 的報名嗎？原因（記入紀錄）：</translation>
    </message>
    <message>
        <source>Checked in: {name} at {desk}.</source>
        <translation>已登記：{name}（{desk}）。</translation>
    </message>
    <message>
        <source>Not checked in</source>
        <translation>未能登記</translation>
    </message>
    <message>
        <source>Check-in of {name} undone.</source>
        <translation>已取消 {name} 的登記。</translation>
    </message>
    <message>
        <source>No list takes sign-ups yet: add one in File &gt; Check-in lists…</source>
        <translation>尚未有名單接受報名：請在「檔案 &gt; 簽到名單…」新增。</translation>
    </message>
    <message>
        <source>Sign up</source>
        <translation>報名參加</translation>
    </message>
    <message>
        <source>Sign up for:</source>
        <translation>報名參加：</translation>
    </message>
</context>
<context>
    <name>AttendeePicker</name>
    <message>
        <source>(not linked) type a name, 中文名, e-mail or number</source>
        <translation>（未連結）輸入姓名、中文名、電郵或編號</translation>
    </message>
</context>
<context>
    <name>AttendeeTableModel</name>
    <message>
        <source>Registered</source>
        <translation>已報名</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>編號</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>姓（英文）</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>名（英文）</translation>
    </message>
    <message>
        <source>Local name</source>
        <translation>原文姓名</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>機構</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>國家／地區</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>登記時間</translation>
    </message>
    <message>
        <source>Badge printed</source>
        <translation>名牌列印時間</translation>
    </message>
    <message>
        <source>ddd dd MMM HH:mm</source>
        <translation>M月d日 ddd HH:mm</translation>
    </message>
    <message>
        <source>{time} at {desk}</source>
        <translation>{time} 於 {desk}</translation>
    </message>
</context>
<context>
    <name>AttendeesScreen</name>
    <message>
        <source>Any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Attendee actions</source>
        <translation>參加者操作</translation>
    </message>
    <message>
        <source>Filter: name, 中文名, organization, email, number, code…</source>
        <translation>篩選：姓名、中文名、機構、電郵、編號、名牌編號…</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>所有類別</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>所有狀態</translation>
    </message>
    <message>
        <source>Checked in: {answer}</source>
        <translation>已登記：{answer}</translation>
    </message>
    <message>
        <source>Printed: {answer}</source>
        <translation>已印名牌：{answer}</translation>
    </message>
    <message>
        <source>{count} attendees</source>
        <translation>{count} 位參加者</translation>
    </message>
    <message>
        <source>{count} attendee</source>
        <translation>{count} 位參加者</translation>
    </message>
</context>
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
    <name>CheckPage</name>
    <message>
        <source>error</source>
        <translation>錯誤</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>檢查</translation>
    </message>
    <message>
        <source>Nothing has been written yet. Every row is checked first.</source>
        <translation>尚未寫入任何資料：會先逐行檢查。</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行號</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>該行內容</translation>
    </message>
    <message>
        <source>Import the valid rows and skip the rejected ones</source>
        <translation>匯入有效的行，略過被拒絕的行</translation>
    </message>
    <message>
        <source>Save rejected rows…</source>
        <translation>儲存被拒絕的行…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>匯入</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>正在逐行檢查…</translation>
    </message>
    <message>
        <source>{created} to add, {updated} to update, {unchanged} unchanged, {rejected} rejected, of {total} rows.</source>
        <translation>共 {total} 行：將新增 {created} 行、更新 {updated} 行，{unchanged} 行不變，{rejected} 行被拒絕。</translation>
    </message>
    <message>
        <source>Check cancelled.</source>
        <translation>已取消檢查。</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>被拒絕的行</translation>
    </message>
</context>
<context>
    <name>ChoosePinDialog</name>
    <message>
        <source>Staff PIN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New PIN (4-12 digits):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Again:</source>
        <translation type="unfinished" />
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
        <source>The lists are read from the event's server when it answers</source>
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
    <name>DonePage</name>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Created {created} · Updated {updated} · Unchanged {unchanged} · Rejected {rejected}</source>
        <translation>新增 {created} · 更新 {updated} · 不變 {unchanged} · 拒絕 {rejected}</translation>
    </message>
    <message>
        <source>The column mapping was saved for the next file with these columns.</source>
        <translation>已儲存欄位對應：下次匯入欄位相同的檔案時會沿用。</translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
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
        <source>Job title</source>
        <translation>職銜</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>電郵</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>國家／地區</translation>
    </message>
    <message>
        <source>Ticketing id</source>
        <translation>票務編號</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>編輯 {name}</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>已報名</translation>
    </message>
    <message>
        <source>{state}, checked in {time} at {desk}</source>
        <translation>{state}，已於 {time} 在 {desk} 登記</translation>
    </message>
    <message>
        <source>No. {number} · badge code {code} · {state}</source>
        <translation>編號 {number} · 名牌編號 {code} · {state}</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Shown at the desk on check-in, e.g. VIP: call host</source>
        <translation>登記時在登記處顯示，例如：VIP，請通知接待人員</translation>
    </message>
    <message>
        <source>Internal notes (not shown at the desk)</source>
        <translation>內部備註（不會在登記處顯示）</translation>
    </message>
    <message>
        <source>Note for desk staff</source>
        <translation>登記處備註</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>個人資料</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Attendees</source>
        <translation>參加者</translation>
    </message>
    <message>
        <source>Check-in log</source>
        <translation>登記紀錄</translation>
    </message>
    <message>
        <source>Print log</source>
        <translation>列印紀錄</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel 活頁簿（XLSX）</translation>
    </message>
    <message>
        <source>CSV, UTF-8 with BOM (.csv)</source>
        <translation>CSV（UTF-8，Excel 適用）</translation>
    </message>
    <message>
        <source>Whoever has this file can print a working badge for anyone not yet checked in. It is saved readable by your user account only: keep it safe, do not e-mail it, delete it when done.</source>
        <translation>任何人取得此檔案，都可以為尚未登記的人列印有效的名牌。檔案只有你的使用者帳戶可以讀取：請妥善保管，切勿以電郵傳送，用完即刪除。</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>匯出</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>瀏覽…</translation>
    </message>
    <message>
        <source>Include badge and ticket codes</source>
        <translation>包括名牌及門票編號</translation>
    </message>
    <message>
        <source>Needed only to move the event to another Confdesk database</source>
        <translation>只在把活動搬到另一個 Confdesk 資料庫時需要</translation>
    </message>
    <message>
        <source>All attendees</source>
        <translation>所有參加者</translation>
    </message>
    <message>
        <source>The {count} shown (the current filter)</source>
        <translation>顯示中的 {count} 位（目前的篩選）</translation>
    </message>
    <message>
        <source>The {count} selected</source>
        <translation>已選的 {count} 位</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>匯出至</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在匯出…</translation>
    </message>
    <message>
        <source>Wrote {rows} rows to {path} (with badge and ticket codes; readable by your user account only)</source>
        <translation>已將 {rows} 行寫入 {path}（包括名牌及門票編號；只有你的使用者帳戶可以讀取）</translation>
    </message>
    <message>
        <source>Wrote {rows} rows to {path}</source>
        <translation>已將 {rows} 行寫入 {path}</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Registrations (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
        <translation>報名資料 (*.csv *.tsv *.txt *.xlsx);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Choose the registration file</source>
        <translation>選擇報名資料檔案</translation>
    </message>
    <message>
        <source>CSV or TSV in any encoding (UTF-8, UTF-16, Big5, GBK, Windows-1252) or an XLSX workbook: Eventbrite, pretix, Indico, Google Forms or your own sheet.</source>
        <translation>任何編碼的 CSV 或 Tab 分隔檔（UTF-8、UTF-16、繁體或簡體中文編碼、西歐編碼），或 XLSX 活頁簿：Eventbrite、pretix、Indico、Google 表單或你自己的試算表。</translation>
    </message>
    <message>
        <source>/path/to/registrations.csv</source>
        <translation>/路徑/報名資料.csv</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>瀏覽…</translation>
    </message>
    <message>
        <source>Registration file</source>
        <translation>報名資料檔案</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事項</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>登記處</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作員</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳情</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>已登記</translation>
    </message>
    <message>
        <source>Check-in undone</source>
        <translation>已取消登記</translation>
    </message>
    <message>
        <source>Scan refused</source>
        <translation>掃描被拒</translation>
    </message>
    <message>
        <source>Badge printed</source>
        <translation>已印名牌</translation>
    </message>
    <message>
        <source>Print failed</source>
        <translation>列印失敗</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>已修改</translation>
    </message>
    <message>
        <source>Registration cancelled</source>
        <translation>報名已取消</translation>
    </message>
    <message>
        <source>Registration restored</source>
        <translation>報名已恢復</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>已合併</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>已報名</translation>
    </message>
    <message>
        <source>History of {name}</source>
        <translation>{name} 的紀錄</translation>
    </message>
    <message>
        <source>No. {number} · {count} entry · times in {zone}</source>
        <translation>編號 {number} · {count} 項紀錄 · 時間以 {zone} 顯示</translation>
    </message>
    <message>
        <source>No. {number} · {count} entries · times in {zone}</source>
        <translation>編號 {number} · {count} 項紀錄 · 時間以 {zone} 顯示</translation>
    </message>
    <message>
        <source>Nothing has happened to this registration yet.</source>
        <translation>此報名尚未有任何紀錄。</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>XLSX, sheet {sheet}</source>
        <translation>XLSX，工作表 {sheet}</translation>
    </message>
    <message>
        <source>{encoding}, delimiter {delimiter}</source>
        <translation>{encoding}，分隔符號：{delimiter}</translation>
    </message>
    <message>
        <source>preset {preset}</source>
        <translation>預設格式：{preset}</translation>
    </message>
    <message>
        <source>saved mapping</source>
        <translation>已儲存的欄位對應</translation>
    </message>
    <message>
        <source>suggested mapping</source>
        <translation>按欄名自動對應</translation>
    </message>
    <message>
        <source>{file}: {how}; {via}</source>
        <translation>{file}：{how}；{via}</translation>
    </message>
    <message>
        <source>Import registrations</source>
        <translation>匯入報名資料</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>匯入…</translation>
    </message>
    <message>
        <source>Import registrations from CSV or XLSX (Ctrl+I)</source>
        <translation>從 CSV 或 XLSX 匯入報名資料 (Ctrl+I)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>匯出…</translation>
    </message>
    <message>
        <source>Export attendees or the logs to CSV or XLSX</source>
        <translation>將參加者或紀錄匯出為 CSV 或 XLSX</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <source>Desk locked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;h2&gt;{desk} is locked&lt;/h2&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose your name and give the staff PIN to go on.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Operator:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Staff PIN:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The desk is locked: unlock it, then scan again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Too many wrong PINs: please wait (longer each time).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation type="unfinished" />
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
    <name>MappingPage</name>
    <message>
        <source>External id</source>
        <translation>外部編號</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>名（英文）</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>姓（英文）</translation>
    </message>
    <message>
        <source>Full name (split)</source>
        <translation>全名（自動拆分）</translation>
    </message>
    <message>
        <source>Name in Chinese / local script</source>
        <translation>中文／本地文字姓名</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>機構</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>職銜</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>電郵</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>國家／地區</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Ticket code</source>
        <translation>門票編號</translation>
    </message>
    <message>
        <source>Badge code (earlier store)</source>
        <translation>名牌編號（舊資料庫）</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Staff note</source>
        <translation>登記處備註</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>（略過）</translation>
    </message>
    <message>
        <source>Eventbrite attendee report</source>
        <translation>Eventbrite 參加者報告</translation>
    </message>
    <message>
        <source>pretix check-in list</source>
        <translation>pretix 簽到名單</translation>
    </message>
    <message>
        <source>pretix order export (positions)</source>
        <translation>pretix 訂單匯出（逐張門票）</translation>
    </message>
    <message>
        <source>Indico registrants</source>
        <translation>Indico 報名者</translation>
    </message>
    <message>
        <source>Google Forms responses</source>
        <translation>Google 表單回應</translation>
    </message>
    <message>
        <source>Confdesk attendee export</source>
        <translation>Confdesk 參加者匯出</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>欄位對應</translation>
    </message>
    <message>
        <source>Each column goes to a field, by its name. Columns left as “extra” are kept with the attendee; “(ignore)” drops them.</source>
        <translation>每一欄按欄名對應到一個欄位。設為「額外欄位」的欄會隨參加者保存；「（略過）」則捨棄。</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>欄名</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>例子</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>對應欄位</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>預設格式</translation>
    </message>
    <message>
        <source>Category values</source>
        <translation>類別對照</translation>
    </message>
    <message>
        <source>Value in the file</source>
        <translation>檔案中的值</translation>
    </message>
    <message>
        <source>refuse the row</source>
        <translation>拒絕該行</translation>
    </message>
    <message>
        <source>Any other value:</source>
        <translation>其他值：</translation>
    </message>
    <message>
        <source>From the mapping saved for these columns</source>
        <translation>沿用這些欄已儲存的對應</translation>
    </message>
    <message>
        <source>From preset</source>
        <translation>來自預設格式</translation>
    </message>
    <message>
        <source>From column names</source>
        <translation>按欄名對應</translation>
    </message>
    <message>
        <source>{source}: {preset}</source>
        <translation>{source}：{preset}</translation>
    </message>
    <message>
        <source>extra field</source>
        <translation>額外欄位</translation>
    </message>
    <message>
        <source>choose…</source>
        <translation>請選擇…</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>No.</source>
        <translation>編號</translation>
    </message>
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
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>已登記</translation>
    </message>
    <message>
        <source>Badge code</source>
        <translation>名牌編號</translation>
    </message>
    <message>
        <source>Staff note</source>
        <translation>登記處備註</translation>
    </message>
    <message>
        <source>Merge two registrations of the same person</source>
        <translation>合併同一人的兩個報名紀錄</translation>
    </message>
    <message>
        <source>Find the other registration: name, e-mail, number…</source>
        <translation>尋找另一個報名紀錄：姓名、電郵、編號…</translation>
    </message>
    <message>
        <source>Keep:</source>
        <translation>保留：</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合併</translation>
    </message>
    <message>
        <source>{time} at {desk}</source>
        <translation>{time}（{desk}）</translation>
    </message>
    <message>
        <source>No. {dropped} will be hidden; its check-ins, badge prints, ticket codes and history move to No. {kept}. Both logs are kept.</source>
        <translation>編號 {dropped} 將被隱藏；其登記、名牌列印、門票編號及紀錄會轉到編號 {kept}。兩邊的紀錄都會保留。</translation>
    </message>
    <message>
        <source>No. {number}</source>
        <translation>編號 {number}</translation>
    </message>
    <message>
        <source>No. {number} {name}</source>
        <translation>編號 {number} {name}</translation>
    </message>
</context>
<context>
    <name>NameOnlyIconProvider</name>
    <message>
        <source>Folder</source>
        <translation>資料夾</translation>
    </message>
    <message>
        <source>Confdesk event</source>
        <translation>Confdesk 活動</translation>
    </message>
    <message>
        <source>{suffix} file</source>
        <translation>{suffix} 檔案</translation>
    </message>
    <message>
        <source>File</source>
        <translation>檔案</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>comma</source>
        <translation>逗號</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>分號</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>定位字元</translation>
    </message>
    <message>
        <source>pipe</source>
        <translation>豎線</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>預覽</translation>
    </message>
    <message>
        <source>Check that names look right; change the encoding or delimiter if not.</source>
        <translation>請檢查姓名是否顯示正確；如不正確，請更改編碼或分隔符號。</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>編碼</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>分隔符號</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <source>XLSX workbook, sheet “{sheet}”</source>
        <translation>XLSX 活頁簿，工作表「{sheet}」</translation>
    </message>
    <message>
        <source>Detected: encoding {encoding}, delimiter {delimiter}</source>
        <translation>偵測到：編碼 {encoding}，分隔符號：{delimiter}</translation>
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
    <name>PrinterPoolEditor</name>
    <message>
        <source>Add</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished" />
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
        <source>Type the person's name to find the registration, or register a walk-in.</source>
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
        <source>Scan again, or type the person's name.</source>
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
    <name>RunPage</name>
    <message>
        <source>Reading the file</source>
        <translation>正在讀取檔案</translation>
    </message>
    <message>
        <source>Checking rows</source>
        <translation>正在檢查</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>檢查完成</translation>
    </message>
    <message>
        <source>Adding attendees</source>
        <translation>正在新增參加者</translation>
    </message>
    <message>
        <source>Updating attendees</source>
        <translation>正在更新參加者</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>正在匯入</translation>
    </message>
    <message>
        <source>All rows are written in one transaction: cancel and nothing changes.</source>
        <translation>所有行會一次過寫入：取消即不作任何更改。</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>取消匯入</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>正在讀取檔案…</translation>
    </message>
    <message>
        <source>{step}: {done} of {total}</source>
        <translation>{step}：{done}／{total}</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>已取消匯入，沒有作任何更改。</translation>
    </message>
    <message>
        <source>Import failed; nothing was changed. {reason}</source>
        <translation>匯入失敗，沒有作任何更改。{reason}</translation>
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
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>event.sqlite or postgresql+psycopg://...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>who is working at this desk (kept in the logs)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Event database:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A file on this computer, or a PostgreSQL URL shared by several desks. --db and CONFDESK_DB take precedence.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Desk name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Operator now:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Badge printers:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In order: a badge goes to the first printer that is ready and to the next when one fails, is paused or out of paper. None: badges are only saved as PDFs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished">不清除</translation>
    </message>
    <message>
        <source>every</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>keeping the last</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Automatic backup:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Appearance:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>As the system ({language}) · 跟隨系統 · 跟随系统</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language · 語言 · 语言:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Event database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Confdesk events (*.sqlite);;All files (*)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StaffBox</name>
    <message>
        <source>A PIN is {low} to {high} digits.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The two PINs differ.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Staff: kiosk and desk lock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PIN set: type a new one to change it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>one name per line: chosen when the desk is unlocked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> min idle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished">不清除</translation>
    </message>
    <message>
        <source>Start this laptop as a self-service kiosk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Staff PIN:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PIN again:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Operators:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lock the desk after:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kiosk:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set a staff PIN first: it unlocks the desk and leaves kiosk mode.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>Same as the system</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>UndoReason</name>
    <message>
        <source>Undo check-in</source>
        <translation>取消登記</translation>
    </message>
    <message>
        <source>Why is the check-in of {name} undone? (for the log)</source>
        <translation>為何取消 {name} 的登記？（記入紀錄）</translation>
    </message>
    <message>
        <source>Wrong person checked in</source>
        <translation>登記錯了人</translation>
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
        <source>Enter the person's name (in English or in Chinese).</source>
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