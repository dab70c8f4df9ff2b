<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_HK" sourcelanguage="en">
<context>
    <name>AddListDialog</name>
    <message>
        <source>Anyone, while seats are free</source>
        <translation>任何人（尚有座位時）</translation>
    </message>
    <message>
        <source>Signed-up people first (their seats held)</source>
        <translation>已報名參加者優先（保留其座位）</translation>
    </message>
    <message>
        <source>Signed-up people only</source>
        <translation>只限已報名參加者</translation>
    </message>
    <message>
        <source>Add a check-in list</source>
        <translation>新增簽到名單</translation>
    </message>
    <message>
        <source>Round table: AI safety</source>
        <translation>圓桌會議：人工智能安全</translation>
    </message>
    <message>
        <source>A session's list admits on its day from 30 minutes before it starts until it ends, at its room's door</source>
        <translation>環節的名單在該環節當日、開始前 30 分鐘至結束期間，於其房間入口使用</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <source>(no room)</source>
        <translation>（沒有房間）</translation>
    </message>
    <message>
        <source>every category; or e.g. press, vip</source>
        <translation>所有類別；或輸入類別代碼，以逗號分隔</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>時:分</translation>
    </message>
    <message>
        <source>Entry and exit scans (a door: in again after going out)</source>
        <translation>入場及離場掃描（入口：離場後可再進場）</translation>
    </message>
    <message>
        <source>no limit (or the room's)</source>
        <translation>不限（或按房間容量）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>For the session</source>
        <translation>所屬環節</translation>
    </message>
    <message>
        <source>At the door of</source>
        <translation>房間入口</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Open from</source>
        <translation>開放時間</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>座位</translation>
    </message>
    <message>
        <source>Admits</source>
        <translation>入場對象</translation>
    </message>
    <message>
        <source>Add list</source>
        <translation>新增名單</translation>
    </message>
</context>
<context>
    <name>ArrivalsChart</name>
    <message>
        <source>Arrivals per {minutes} minutes</source>
        <translation>每 {minutes} 分鐘到場人數</translation>
    </message>
    <message>
        <source>No check-ins yet</source>
        <translation>尚未有人登記</translation>
    </message>
    <message>
        <source>check-ins per {minutes} min</source>
        <translation>每 {minutes} 分鐘登記人數</translation>
    </message>
</context>
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
    <name>BadgePrinter</name>
    <message>
        <source>Never print on check-in</source>
        <translation>登記時不列印</translation>
    </message>
    <message>
        <source>Print if not printed yet</source>
        <translation>未印過則列印</translation>
    </message>
    <message>
        <source>Always print on check-in</source>
        <translation>登記時必定列印</translation>
    </message>
    <message>
        <source>lost badge</source>
        <translation>名牌遺失</translation>
    </message>
    <message>
        <source>damaged badge</source>
        <translation>名牌損壞</translation>
    </message>
    <message>
        <source>name corrected</source>
        <translation>更正姓名</translation>
    </message>
    <message>
        <source>printer jam</source>
        <translation>打印機卡紙</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Reprint badge</source>
        <translation>重印名牌</translation>
    </message>
    <message>
        <source>Why is this badge printed again? (lost badge: the badge gets a new code and the old one is refused)</source>
        <translation>為何重印此名牌？（名牌遺失：名牌會換上新編號，舊編號即告失效）</translation>
    </message>
    <message>
        <source>badge PDF saved to {path}, but printing failed: {error}</source>
        <translation>名牌 PDF 已存至 {path}，但列印失敗：{error}</translation>
    </message>
    <message>
        <source>Badge: {message}</source>
        <translation>名牌：{message}</translation>
    </message>
    <message>
        <source>Badge printed on {printer} (job {job}): {path} ({ms} ms)</source>
        <translation>名牌已在 {printer} 列印（工作 {job}）：{path}（{ms} ms）</translation>
    </message>
    <message>
        <source>Badge printed on {printer}: {path} ({ms} ms)</source>
        <translation>名牌已在 {printer} 列印：{path}（{ms} ms）</translation>
    </message>
    <message>
        <source>Badge PDF saved (no badge printer chosen; not counted as printed): {path} ({ms} ms)</source>
        <translation>名牌 PDF 已儲存（未選名牌打印機，不計作已列印）：{path}（{ms} ms）</translation>
    </message>
    <message>
        <source>; warning: {warnings}</source>
        <translation>；警告：{warnings}</translation>
    </message>
</context>
<context>
    <name>BadgesScreen</name>
    <message>
        <source>A4, 10 x 80x50 mm (Avery L4785)</source>
        <translation>A4 每頁 10 個 80×50 mm（Avery L4785）</translation>
    </message>
    <message>
        <source>A4, 4 x A6 (cut)</source>
        <translation>A4 每頁 4 個 A6（需裁切）</translation>
    </message>
    <message>
        <source>US Letter, 6 x 4x3 in (Avery 5392 / 74541)</source>
        <translation>美式 Letter 每頁 6 個 4×3 吋（Avery 5392／74541）</translation>
    </message>
    <message>
        <source>US Letter, 8 x 3.375x2.333 in (Avery 5395)</source>
        <translation>美式 Letter 每頁 8 個 3.375×2.333 吋（Avery 5395）</translation>
    </message>
    <message>
        <source>One badge per page (page = badge size)</source>
        <translation>每頁一個名牌（頁面即名牌大小）</translation>
    </message>
    <message>
        <source>4 x 3 in landscape badge (Avery 5392)</source>
        <translation>4×3 吋橫向名牌（Avery 5392）</translation>
    </message>
    <message>
        <source>4 x 6 in direct thermal badge</source>
        <translation>4×6 吋熱敏名牌</translation>
    </message>
    <message>
        <source>A6 portrait conference badge (105 x 148 mm)</source>
        <translation>A6 直向會議名牌（105×148 mm）</translation>
    </message>
    <message>
        <source>CR80 / ID-1 card (85.6 x 54 mm)</source>
        <translation>CR80 / ID-1 卡（85.6×54 mm）</translation>
    </message>
    <message>
        <source>Batch and printer</source>
        <translation>批量列印及打印機</translation>
    </message>
    <message>
        <source>Designer</source>
        <translation>名牌設計</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>所有類別</translation>
    </message>
    <message>
        <source>Only attendees without a printed badge</source>
        <translation>只限未印名牌的參加者</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>姓氏</translation>
    </message>
    <message>
        <source>Category, then family name</source>
        <translation>類別，再按姓氏</translation>
    </message>
    <message>
        <source>optional: attendee ids, e.g. 12, 40, 41</source>
        <translation>選填：參加者編號，例如 12, 40, 41</translation>
    </message>
    <message>
        <source>Crop marks</source>
        <translation>裁切線</translation>
    </message>
    <message>
        <source>Make PDF for printing…</source>
        <translation>製作列印用 PDF…</translation>
    </message>
    <message>
        <source>Each badge in the PDF is logged as printed to that file and counts as printed (dashboard, 'only without a printed badge', the desk's 'print if not printed')</source>
        <translation>PDF 中每個名牌都會記錄為已列印至該檔案，並計作已列印（總覽、「只限未印名牌的參加者」、登記處的「未印過則列印」）</translation>
    </message>
    <message>
        <source>Make proof PDF…</source>
        <translation>製作校對 PDF…</translation>
    </message>
    <message>
        <source>A PDF to check: nothing is logged, nobody marked printed</source>
        <translation>供檢查用的 PDF：不作記錄，也不會標記為已列印</translation>
    </message>
    <message>
        <source>Check all badges…</source>
        <translation>檢查所有名牌…</translation>
    </message>
    <message>
        <source>Before the event: every attendee through the template that will print them (missing characters, names cut, invisible characters, name order); a proof PDF of the badges with problems</source>
        <translation>活動前：以實際列印的範本逐一檢查每位參加者的名牌（缺字、姓名被截斷、隱形字元、姓名次序），並為有問題的名牌製作校對 PDF</translation>
    </message>
    <message>
        <source>Send to badge printer</source>
        <translation>送往名牌打印機</translation>
    </message>
    <message>
        <source>Print the last batch PDF on the printer chosen below</source>
        <translation>用下面選定的打印機列印上一批 PDF</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批量列印</translation>
    </message>
    <message>
        <source>By category…</source>
        <translation>按類別…</translation>
    </message>
    <message>
        <source>Give speakers, VIPs... a template of their own</source>
        <translation>為講者、貴賓等設定專屬範本</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>範本</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>紙張</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>對象</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>指定編號</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>排序</translation>
    </message>
    <message>
        <source>Save printer settings</source>
        <translation>儲存打印機設定</translation>
    </message>
    <message>
        <source>Print calibration page</source>
        <translation>列印校準頁</translation>
    </message>
    <message>
        <source>Desk printing</source>
        <translation>登記處列印</translation>
    </message>
    <message>
        <source>Badge printer</source>
        <translation>名牌打印機</translation>
    </message>
    <message>
        <source>On check-in</source>
        <translation>登記時</translation>
    </message>
    <message>
        <source>Desk template</source>
        <translation>登記處範本</translation>
    </message>
    <message>
        <source>Printer offset</source>
        <translation>打印機偏移</translation>
    </message>
    <message>
        <source>PDF folder</source>
        <translation>PDF 資料夾</translation>
    </message>
    <message>
        <source>Preview: the longest name in the event</source>
        <translation>預覽：活動中最長的姓名</translation>
    </message>
    <message>
        <source>{category}: {template}</source>
        <translation>{category}：{template}</translation>
    </message>
    <message>
        <source>PDF only (no printer)</source>
        <translation>只存 PDF（不用打印機）</translation>
    </message>
    <message>
        <source>Warnings: {warnings}</source>
        <translation>警告：{warnings}</translation>
    </message>
    <message>
        <source>the selection must be attendee ids separated by commas</source>
        <translation>指定編號必須是以逗號分隔的參加者編號</translation>
    </message>
    <message>
        <source>Save badges for printing</source>
        <translation>儲存列印用名牌</translation>
    </message>
    <message>
        <source>Save proof badges</source>
        <translation>儲存校對名牌</translation>
    </message>
    <message>
        <source>Rendering badges…</source>
        <translation>正在製作名牌…</translation>
    </message>
    <message>
        <source>Rendering proof badges…</source>
        <translation>正在製作校對名牌…</translation>
    </message>
    <message>
        <source>Save the badge proof</source>
        <translation>儲存名牌校對稿</translation>
    </message>
    <message>
        <source>Checking every badge…</source>
        <translation>正在檢查每個名牌…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>{badges} badges on {pages} pages: {path}</source>
        <translation>{badges} 個名牌，共 {pages} 頁：{path}</translation>
    </message>
    <message>
        <source>{count} badges marked printed (for printing)</source>
        <translation>{count} 個名牌已標記為已列印（列印用）</translation>
    </message>
    <message>
        <source>Proof: no badge marked printed</source>
        <translation>校對稿：沒有名牌標記為已列印</translation>
    </message>
    <message>
        <source>{count} badges with warnings (see the print log)</source>
        <translation>{count} 個名牌有警告（見列印紀錄）</translation>
    </message>
    <message>
        <source>Cancelled; no badge was logged as printed.</source>
        <translation>已取消，沒有名牌記錄為已列印。</translation>
    </message>
    <message>
        <source>Saved: {policy}, printer {printer}</source>
        <translation>已儲存：{policy}，打印機：{printer}</translation>
    </message>
    <message>
        <source>none (PDF only)</source>
        <translation>無（只存 PDF）</translation>
    </message>
    <message>
        <source>Make a batch PDF and choose a badge printer first.</source>
        <translation>請先製作批量 PDF，並選擇名牌打印機。</translation>
    </message>
    <message>
        <source>Sent {path} to {printer} (job {job})</source>
        <translation>已將 {path} 送往 {printer}（工作 {job}）</translation>
    </message>
    <message>
        <source>; {count} badges marked printed</source>
        <translation>；{count} 個名牌已標記為已列印</translation>
    </message>
    <message>
        <source>Not printed: {error}</source>
        <translation>未能列印：{error}</translation>
    </message>
    <message>
        <source>Calibration page: {path} (job {job})</source>
        <translation>校準頁：{path}（工作 {job}）</translation>
    </message>
    <message>
        <source>Calibration page: {path}</source>
        <translation>校準頁：{path}</translation>
    </message>
</context>
<context>
    <name>CategoryTemplatesDialog</name>
    <message>
        <source>Same as the batch</source>
        <translation>與批量列印相同</translation>
    </message>
    <message>
        <source>Templates by category</source>
        <translation>按類別設定範本</translation>
    </message>
    <message>
        <source>A category with a template of its own gets it on every badge printed, in batches and at the desk. Its template must have the batch's size and sides.</source>
        <translation>設有專屬範本的類別，無論批量列印或在登記處列印，每個名牌都會使用該範本。該範本的尺寸及印刷面須與批量列印的範本相同。</translation>
    </message>
    <message>
        <source>{category}:</source>
        <translation>{category}：</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Merge into them</source>
        <translation>合併到此人</translation>
    </message>
    <message>
        <source>Add as a new person</source>
        <translation>新增為另一人</translation>
    </message>
    <message>
        <source>Skip this row</source>
        <translation>略過這一行</translation>
    </message>
    <message>
        <source>same e-mail and name</source>
        <translation>相同電郵和姓名</translation>
    </message>
    <message>
        <source>same name and organization</source>
        <translation>相同姓名和機構</translation>
    </message>
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
        <source>New row</source>
        <translation>新的一行</translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation>疑似同一人</translation>
    </message>
    <message>
        <source>Do</source>
        <translation>處理方式</translation>
    </message>
    <message>
        <source>For &amp;all:</source>
        <translation>全部(&amp;A)：</translation>
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
        <source>{count} new rows look like someone already here. Choose what the import does with each:</source>
        <translation>有 {count} 行新資料疑似已登記的人。請為每一行選擇處理方式：</translation>
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
        <translation>職員 PIN</translation>
    </message>
    <message>
        <source>New PIN (4-12 digits):</source>
        <translation>新 PIN（4 至 12 位數字）：</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>再次輸入：</translation>
    </message>
</context>
<context>
    <name>ConflictWords</name>
    <message>
        <source>{room}: “{a}” {a_when} overlaps “{b}” {b_when}</source>
        <translation>{room}：「{a}」{a_when} 與「{b}」{b_when} 時間重疊</translation>
    </message>
    <message>
        <source>{room} during a plenary: “{a}” {a_when} overlaps “{b}” {b_when}</source>
        <translation>全體大會期間的{room}：「{a}」{a_when} 與「{b}」{b_when} 時間重疊</translation>
    </message>
    <message>
        <source>two plenaries: “{a}” {a_when} overlaps “{b}” {b_when}</source>
        <translation>兩個全體大會：「{a}」{a_when} 與「{b}」{b_when} 時間重疊</translation>
    </message>
    <message>
        <source>{name} is in “{a}” {a_when} and “{b}” {b_when}</source>
        <translation>{name} 同時在「{a}」{a_when} 及「{b}」{b_when}</translation>
    </message>
    <message>
        <source>{name} has {gap} min from “{a}” ({a_room}, ends {a_end}) to “{b}” ({b_room}, {b_start}); needs {needs}</source>
        <translation>{name} 由「{a}」（{a_room}，{a_end} 結束）到「{b}」（{b_room}，{b_start}）只有 {gap} 分鐘；需要 {needs} 分鐘</translation>
    </message>
    <message>
        <source>{name} is not available for “{a}” {a_when}</source>
        <translation>{name} 在「{a}」{a_when} 沒有空</translation>
    </message>
    <message>
        <source>{room} is not available for “{a}” {a_when}</source>
        <translation>{room} 在「{a}」{a_when} 不可使用</translation>
    </message>
    <message>
        <source>“{a}” expects {expected} people; {room} holds {capacity}</source>
        <translation>「{a}」預計 {expected} 人；{room} 只可容納 {capacity} 人</translation>
    </message>
    <message>
        <source>“{a}” on {day} is outside the event ({first} - {last})</source>
        <translation>「{a}」在{day}，不在活動日期內（{first} 至 {last}）</translation>
    </message>
    <message>
        <source>“{a}” has no time yet</source>
        <translation>「{a}」仍未有時間</translation>
    </message>
    <message>
        <source>“{a}” has no room yet</source>
        <translation>「{a}」仍未有房間</translation>
    </message>
    <message>
        <source>“{a}” is still a draft</source>
        <translation>「{a}」仍是草稿</translation>
    </message>
    <message>
        <source>ddd dd MMM</source>
        <translation>M月d日（ddd）</translation>
    </message>
    <message>
        <source>ddd dd MMM yyyy</source>
        <translation>yyyy年M月d日（ddd）</translation>
    </message>
    <message>
        <source>dd MMM</source>
        <translation>M月d日</translation>
    </message>
    <message>
        <source>dd MMM yyyy</source>
        <translation>yyyy年M月d日</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <source> min</source>
        <translation> 分鐘</translation>
    </message>
    <message>
        <source>Changeover: the least time a speaker needs between sessions in different rooms</source>
        <translation>轉場時間：講者在不同場地的環節之間最少需要的時間</translation>
    </message>
    <message>
        <source>Changeover</source>
        <translation>轉場時間</translation>
    </message>
    <message>
        <source>{count} conflicts</source>
        <translation>{count} 個衝突</translation>
    </message>
    <message>
        <source>{count} conflict</source>
        <translation>{count} 個衝突</translation>
    </message>
    <message>
        <source>No conflicts</source>
        <translation>沒有衝突</translation>
    </message>
</context>
<context>
    <name>CoreWords</name>
    <message>
        <source>--map {item}: the file has no column named {column} (columns: {headers})</source>
        <translation>--map {item}：檔案沒有名為 {column} 的欄（欄：{headers}）</translation>
    </message>
    <message>
        <source>--map {item}: unknown field {target} (fields: {value})</source>
        <translation>--map {item}：不明欄位 {target}（欄位：{value}）</translation>
    </message>
    <message>
        <source>--map {item}: write it as COLUMN=field, e.g. 'E-mail=email'</source>
        <translation>--map {item}：請寫成「欄=欄位」，例如 'E-mail=email'</translation>
    </message>
    <message>
        <source>Category band</source>
        <translation>類別色帶</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>圖片</translation>
    </message>
    <message>
        <source>Image {name}</source>
        <translation>圖片 {name}</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>標誌</translation>
    </message>
    <message>
        <source>QR</source>
        <translation>QR 碼</translation>
    </message>
    <message>
        <source>a category's template is one saved in the event or built in</source>
        <translation>類別的範本必須是活動中已儲存的或內置的範本</translation>
    </message>
    <message>
        <source>a day is YYYY-MM-DD or the day's number, not {text}</source>
        <translation>日子應寫成 YYYY-MM-DD 或第幾天，而不是 {text}</translation>
    </message>
    <message>
        <source>a duration of {n} minutes is longer than a day</source>
        <translation>{n} 分鐘的時長超過一天</translation>
    </message>
    <message>
        <source>a release needs a name, such as v1 or final</source>
        <translation>版本需要名稱，例如 v1 或 final</translation>
    </message>
    <message>
        <source>a room has no field {unknown}</source>
        <translation>房間沒有欄位 {unknown}</translation>
    </message>
    <message>
        <source>a room needs a name</source>
        <translation>房間需要名稱</translation>
    </message>
    <message>
        <source>a session has no field {unknown}</source>
        <translation>環節沒有欄位 {unknown}</translation>
    </message>
    <message>
        <source>a session needs a duration</source>
        <translation>環節需要時長</translation>
    </message>
    <message>
        <source>a session needs a title</source>
        <translation>環節需要標題</translation>
    </message>
    <message>
        <source>a speaker has no field {unknown}</source>
        <translation>講者沒有欄位 {unknown}</translation>
    </message>
    <message>
        <source>a speaker needs a name</source>
        <translation>講者需要名字</translation>
    </message>
    <message>
        <source>a track colour is #rrggbb, not {value}</source>
        <translation>分組顏色應為 #rrggbb，而不是 {value}</translation>
    </message>
    <message>
        <source>a track has no field {key}</source>
        <translation>分組沒有欄位 {key}</translation>
    </message>
    <message>
        <source>a track needs a name</source>
        <translation>分組需要名稱</translation>
    </message>
    <message>
        <source>an attendee needs a name: given or family name, or the name in Chinese</source>
        <translation>參加者需要名字：名、姓，或中文姓名</translation>
    </message>
    <message>
        <source>an availability window ends before it starts ({a} - {b})</source>
        <translation>可出席時段的結束早於開始（{a} - {b}）</translation>
    </message>
    <message>
        <source>an availability window needs a start and an end</source>
        <translation>可出席時段需要開始和結束時間</translation>
    </message>
    <message>
        <source>attendee {attendee_id} was merged into {merged_into_id}: reissue that badge</source>
        <translation>參加者 {attendee_id} 已合併至 {merged_into_id}：請為該紀錄重發名牌</translation>
    </message>
    <message>
        <source>attendee {attendee_id} was merged into {merged_into_id}; change that one</source>
        <translation>參加者 {attendee_id} 已合併至 {merged_into_id}；請修改該紀錄</translation>
    </message>
    <message>
        <source>cannot connect to PostgreSQL at {where} (database {database}): {text}</source>
        <translation>無法連接 {where} 的 PostgreSQL（資料庫 {database}）：{text}</translation>
    </message>
    <message>
        <source>cannot create folder {folder}: {value}</source>
        <translation>無法建立資料夾 {folder}：{value}</translation>
    </message>
    <message>
        <source>cannot create {path}: the folder {folder} does not exist</source>
        <translation>無法建立 {path}：資料夾 {folder} 不存在</translation>
    </message>
    <message>
        <source>cannot edit {unknown}: editable are {EDITABLE}</source>
        <translation>不能修改 {unknown}：可修改的是 {EDITABLE}</translation>
    </message>
    <message>
        <source>cannot open {describe}: {known}</source>
        <translation>無法開啟 {describe}：{known}</translation>
    </message>
    <message>
        <source>cannot open {describe}: {text}</source>
        <translation>無法開啟 {describe}：{text}</translation>
    </message>
    <message>
        <source>cannot read sheet preset {name}: {exc}</source>
        <translation>無法讀取紙張預設 {name}：{exc}</translation>
    </message>
    <message>
        <source>cannot read template {p}: it is a folder, not a JSON file</source>
        <translation>無法讀取範本 {p}：這是資料夾，不是 JSON 檔案</translation>
    </message>
    <message>
        <source>cannot read template {p}: not a Confdesk badge template (invalid JSON at line {lineno}, column {colno}: {msg})</source>
        <translation>無法讀取範本 {p}：不是 Confdesk 名牌範本（第 {lineno} 行第 {colno} 欄的 JSON 無效：{msg}）</translation>
    </message>
    <message>
        <source>cannot read template {p}: not a Confdesk badge template (not UTF-8 text)</source>
        <translation>無法讀取範本 {p}：不是 Confdesk 名牌範本（不是 UTF-8 文字）</translation>
    </message>
    <message>
        <source>cannot read template {p}: {exc}</source>
        <translation>無法讀取範本 {p}：{exc}</translation>
    </message>
    <message>
        <source>cannot read template {p}: {value}</source>
        <translation>無法讀取範本 {p}：{value}</translation>
    </message>
    <message>
        <source>cannot read {name}: {value}</source>
        <translation>無法讀取 {name}：{value}</translation>
    </message>
    <message>
        <source>cannot read {path}: permission denied</source>
        <translation>無法讀取 {path}：沒有權限</translation>
    </message>
    <message>
        <source>cannot read {path}: {value}</source>
        <translation>無法讀取 {path}：{value}</translation>
    </message>
    <message>
        <source>cannot read {p}: {strerror}</source>
        <translation>無法讀取 {p}：{strerror}</translation>
    </message>
    <message>
        <source>cannot sort by {sort}: choose one of {value}</source>
        <translation>無法按 {sort} 排序：請選擇 {value} 其中之一</translation>
    </message>
    <message>
        <source>cannot write the backup to {dest}: folder missing or not writable</source>
        <translation>無法把備份寫入 {dest}：資料夾不存在或不可寫入</translation>
    </message>
    <message>
        <source>cannot write the backup to {where}: permission denied</source>
        <translation>無法把備份寫入 {where}：沒有權限</translation>
    </message>
    <message>
        <source>cannot write the backup to {where}: {reason}</source>
        <translation>無法把備份寫入 {where}：{reason}</translation>
    </message>
    <message>
        <source>cannot write the rejected rows to {path}: the disk is full; nothing was imported</source>
        <translation>無法把被拒絕的行寫入 {path}：磁碟已滿；沒有匯入任何資料</translation>
    </message>
    <message>
        <source>cannot write the rejected rows to {path}: the disk is read-only; nothing was imported</source>
        <translation>無法把被拒絕的行寫入 {path}：磁碟唯讀；沒有匯入任何資料</translation>
    </message>
    <message>
        <source>cannot write the rejected rows to {path}: {why}; nothing was imported</source>
        <translation>無法把被拒絕的行寫入 {path}：{why}；沒有匯入任何資料</translation>
    </message>
    <message>
        <source>cannot write the rejected rows to {p}: no such folder {folder}</source>
        <translation>無法把被拒絕的行寫入 {p}：沒有資料夾 {folder}</translation>
    </message>
    <message>
        <source>cannot write to folder {folder}: permission denied</source>
        <translation>無法寫入資料夾 {folder}：沒有權限</translation>
    </message>
    <message>
        <source>cannot write {out}: {value}</source>
        <translation>無法寫入 {out}：{value}</translation>
    </message>
    <message>
        <source>cannot write {path}: {value}</source>
        <translation>無法寫入 {path}：{value}</translation>
    </message>
    <message>
        <source>choose two different records to merge</source>
        <translation>請選擇兩個不同的紀錄來合併</translation>
    </message>
    <message>
        <source>column {column} names no list for {shown}{more}: add the lists, or give --value 'VALUE=LIST NAME'; nobody was signed up</source>
        <translation>欄 {column} 沒有對應 {shown}{more} 的名單：請新增名單，或用 --value 'VALUE=LIST NAME' 指定；沒有為任何人報名</translation>
    </message>
    <message>
        <source>day {index}: a room without a name ({count} events skipped)</source>
        <translation>第 {index} 天：有房間沒有名稱（略過 {count} 個環節）</translation>
    </message>
    <message>
        <source>day {index}: no date; its events were skipped</source>
        <translation>第 {index} 天：沒有日期；略過當天的環節</translation>
    </message>
    <message>
        <source>day {index}: rooms is not an object; skipped</source>
        <translation>第 {index} 天：rooms 不是物件；已略過</translation>
    </message>
    <message>
        <source>day {n}: not an object; skipped</source>
        <translation>第 {n} 天：不是物件；已略過</translation>
    </message>
    <message>
        <source>enter a name: given or family name, or the name in Chinese</source>
        <translation>請輸入名字：名、姓，或中文姓名</translation>
    </message>
    <message>
        <source>event {n}: not an object; skipped</source>
        <translation>第 {n} 個項目：不是物件；已略過</translation>
    </message>
    <message>
        <source>export to .xml, .json or .ics (the speakers list to .csv or .vcf), not {name}</source>
        <translation>請匯出為 .xml、.json 或 .ics（講者名單為 .csv 或 .vcf），而不是 {name}</translation>
    </message>
    <message>
        <source>folder does not exist: {parent}</source>
        <translation>資料夾不存在：{parent}</translation>
    </message>
    <message>
        <source>folder {parent} does not exist</source>
        <translation>資料夾 {parent} 不存在</translation>
    </message>
    <message>
        <source>give a reason for cancelling the registration</source>
        <translation>請填寫取消報名的原因</translation>
    </message>
    <message>
        <source>give a reason for the new badge code (e.g. lost badge)</source>
        <translation>請填寫更換名牌編號的原因（例如遺失名牌）</translation>
    </message>
    <message>
        <source>give a reason for undoing the check-in</source>
        <translation>請填寫取消登記的原因</translation>
    </message>
    <message>
        <source>give the list a name</source>
        <translation>請為名單命名</translation>
    </message>
    <message>
        <source>given with --timezone</source>
        <translation>由 --timezone 指定</translation>
    </message>
    <message>
        <source>keep at least one automatic backup</source>
        <translation>最少要保留一個自動備份</translation>
    </message>
    <message>
        <source>likely duplicates are merged, added or skipped, not {action}</source>
        <translation>疑似重複的資料只能合併、新增或略過，不能 {action}</translation>
    </message>
    <message>
        <source>line {line}: a likely duplicate is merged, added or skipped, not {action}</source>
        <translation>第 {line} 行：疑似重複的資料只能合併、新增或略過，不能 {action}</translation>
    </message>
    <message>
        <source>line {n}: the window ends before it starts</source>
        <translation>第 {n} 行：時段的結束早於開始</translation>
    </message>
    <message>
        <source>line {n}: {raw} has an impossible date or time</source>
        <translation>第 {n} 行：{raw} 的日期或時間不存在</translation>
    </message>
    <message>
        <source>line {n}: {raw} is not a window such as 2026-12-03 09:00-18:00</source>
        <translation>第 {n} 行：{raw} 不是時段，應像 2026-12-03 09:00-18:00</translation>
    </message>
    <message>
        <source>line {n}: {t} does not exist in {zone} (the clocks change)</source>
        <translation>第 {n} 行：{t} 在 {zone} 不存在（時鐘在這時調校）</translation>
    </message>
    <message>
        <source>lost the connection to the PostgreSQL server: nothing was written</source>
        <translation>與 PostgreSQL 伺服器的連線中斷：沒有寫入任何資料</translation>
    </message>
    <message>
        <source>no attendee matches this selection; nothing printed</source>
        <translation>沒有參加者符合這個選擇；沒有列印任何名牌</translation>
    </message>
    <message>
        <source>no attendee with id {attendee_id}</source>
        <translation>沒有編號為 {attendee_id} 的參加者</translation>
    </message>
    <message>
        <source>no backup at {path}</source>
        <translation>{path} 沒有備份</translation>
    </message>
    <message>
        <source>no check-in list {ref} (the lists: {names})</source>
        <translation>沒有簽到名單 {ref}（現有名單：{names}）</translation>
    </message>
    <message>
        <source>no database at {path}; create one with `confdesk init --name NAME` or `confdesk demo`</source>
        <translation>{path} 沒有資料庫；請用 `confdesk init --name NAME` 或 `confdesk demo` 建立</translation>
    </message>
    <message>
        <source>no export format {fmt} (formats: {names})</source>
        <translation>沒有 {fmt} 這種匯出格式（可用格式：{names}）</translation>
    </message>
    <message>
        <source>no file at {path}</source>
        <translation>{path} 沒有檔案</translation>
    </message>
    <message>
        <source>no file name given for the rejected rows</source>
        <translation>未提供被拒絕行的檔案名稱</translation>
    </message>
    <message>
        <source>no folder {parent}</source>
        <translation>沒有資料夾 {parent}</translation>
    </message>
    <message>
        <source>no font for {count} character(s) ({scripts}: {shown}); they are left out</source>
        <translation>沒有字型可顯示 {count} 個字元（{scripts}：{shown}）；這些字元會略去</translation>
    </message>
    <message>
        <source>no printable attendee with id {map} (unknown, cancelled or merged)</source>
        <translation>沒有可列印、編號為 {map} 的參加者（不明、已取消或已合併）</translation>
    </message>
    <message>
        <source>no registration has a column {column} (an import keeps the columns it does not map under their header)</source>
        <translation>沒有報名紀錄有 {column} 欄（匯入時未對應的欄會以其標題保存）</translation>
    </message>
    <message>
        <source>no room named {room}</source>
        <translation>沒有名為 {room} 的房間</translation>
    </message>
    <message>
        <source>no room named {room} (rooms: {names})</source>
        <translation>沒有名為 {room} 的房間（房間：{names}）</translation>
    </message>
    <message>
        <source>no schedule release with id {release_id}</source>
        <translation>沒有編號為 {release_id} 的議程版本</translation>
    </message>
    <message>
        <source>no schedule release {release}; `confdesk schedule releases` lists them</source>
        <translation>沒有議程版本 {release}；`confdesk schedule releases` 會列出所有版本</translation>
    </message>
    <message>
        <source>no session with id {session_id}</source>
        <translation>沒有編號為 {session_id} 的環節</translation>
    </message>
    <message>
        <source>no speaker named {speaker}</source>
        <translation>沒有名為 {speaker} 的講者</translation>
    </message>
    <message>
        <source>no speakers to export; nothing was written</source>
        <translation>沒有可匯出的講者；沒有寫入任何檔案</translation>
    </message>
    <message>
        <source>no such file: {p}</source>
        <translation>沒有這個檔案：{p}</translation>
    </message>
    <message>
        <source>no such folder: {parent}</source>
        <translation>沒有這個資料夾：{parent}</translation>
    </message>
    <message>
        <source>no {what} with id {ident} (deleted in another window?)</source>
        <translation>沒有編號為 {ident} 的 {what}（已在另一個視窗刪除？）</translation>
    </message>
    <message>
        <source>not a Confdesk badge template (format must be confdesk-badge-template)</source>
        <translation>不是 Confdesk 名牌範本（format 必須是 confdesk-badge-template）</translation>
    </message>
    <message>
        <source>not a date (YYYY-MM-DD): {day}</source>
        <translation>不是日期（YYYY-MM-DD）：{day}</translation>
    </message>
    <message>
        <source>not a date and time: {value}</source>
        <translation>不是日期和時間：{value}</translation>
    </message>
    <message>
        <source>not a date and time: {value} (use 2026-09-27T09:30)</source>
        <translation>不是日期和時間：{value}（請寫成 2026-09-27T09:30）</translation>
    </message>
    <message>
        <source>not a valid database URL (postgresql+psycopg://USER@HOST:PORT/DATABASE, the port a number); or give a file path</source>
        <translation>不是有效的資料庫網址（postgresql+psycopg://USER@HOST:PORT/DATABASE，端口須為數字）；或提供檔案路徑</translation>
    </message>
    <message>
        <source>nothing to export: no session has a time and a room yet ({waiting} waiting in the unscheduled list); nothing was written</source>
        <translation>沒有可匯出的內容：還沒有環節同時有時間和房間（{waiting} 個在未編排清單中）；沒有寫入任何檔案</translation>
    </message>
    <message>
        <source>nothing to export: no session has a time and a room yet; nothing was written</source>
        <translation>沒有可匯出的內容：還沒有環節同時有時間和房間；沒有寫入任何檔案</translation>
    </message>
    <message>
        <source>person id {external_id} names more than one person in the file (“{name}” and another): each kept apart</source>
        <translation>人物編號 {external_id} 在檔案中指向多於一人（「{name}」和另一人）：分開保存</translation>
    </message>
    <message>
        <source>person id {external_id} was “{was}” and the file names “{name}”: kept as two people (merge them if it is one person)</source>
        <translation>人物編號 {external_id} 原是「{was}」，檔案卻寫「{name}」：保存為兩個人（如是同一人，請合併）</translation>
    </message>
    <message>
        <source>record {attendee_id} was merged into {merged_into_id}</source>
        <translation>紀錄 {attendee_id} 已合併至 {merged_into_id}</translation>
    </message>
    <message>
        <source>right-to-left text cannot be shaped (python-bidi/arabic-reshaper missing)</source>
        <translation>無法排版由右至左的文字（缺少 python-bidi/arabic-reshaper）</translation>
    </message>
    <message>
        <source>speaker {speaker_id} is listed twice in one session</source>
        <translation>講者 {speaker_id} 在同一環節中列出了兩次</translation>
    </message>
    <message>
        <source>template file not found: {p}</source>
        <translation>找不到範本檔案：{p}</translation>
    </message>
    <message>
        <source>template name {name}: use letters, digits, spaces, '-', '_' or '.' (at most 80, starting with a letter or digit)</source>
        <translation>範本名稱 {name}：請用字母、數字、空格、'-'、'_' 或 '.'（最多 80 個字元，以字母或數字開頭）</translation>
    </message>
    <message>
        <source>template version {spec} is newer than this Confdesk ({VERSION})</source>
        <translation>範本版本 {spec} 比這個 Confdesk 新（{VERSION}）</translation>
    </message>
    <message>
        <source>template {name}: 'background' must be an object with color and image</source>
        <translation>範本 {name}：'background' 必須是包含 color 和 image 的物件</translation>
    </message>
    <message>
        <source>template {name}: 'category_colors' must map categories to colours like #1f5f9e</source>
        <translation>範本 {name}：'category_colors' 必須把類別對應到顏色，例如 #1f5f9e</translation>
    </message>
    <message>
        <source>template {name}: sides must be one of {SIDES}</source>
        <translation>範本 {name}：sides 必須是 {SIDES} 其中之一</translation>
    </message>
    <message>
        <source>template {name}: {key} must be between 10 and 500 mm</source>
        <translation>範本 {name}：{key} 必須介乎 10 至 500 毫米</translation>
    </message>
    <message>
        <source>template {name}: {side} must be a list of items</source>
        <translation>範本 {name}：{side} 必須是項目清單</translation>
    </message>
    <message>
        <source>the backup and the event file are the same file</source>
        <translation>備份與活動檔案是同一個檔案</translation>
    </message>
    <message>
        <source>the backup folder</source>
        <translation>備份資料夾</translation>
    </message>
    <message>
        <source>the backup was written by a newer Confdesk (schema {revision}); install it to restore</source>
        <translation>備份由較新版本的 Confdesk 寫入（schema {revision}）；請安裝新版本後再還原</translation>
    </message>
    <message>
        <source>the capacity is a number of seats from 1 to 1000000</source>
        <translation>容量是 1 至 1000000 之間的座位數目</translation>
    </message>
    <message>
        <source>the colour of {category} must look like #1f5f9e, not {color}</source>
        <translation>{category} 的顏色應像 #1f5f9e，而不是 {color}</translation>
    </message>
    <message>
        <source>the database URL's port {port} is out of range (1-65535)</source>
        <translation>資料庫網址的端口 {port} 超出範圍（1-65535）</translation>
    </message>
    <message>
        <source>the disk is full: cannot open {describe}; nothing was written</source>
        <translation>磁碟已滿：無法開啟 {describe}；沒有寫入任何資料</translation>
    </message>
    <message>
        <source>the disk is full: no backup was written to {where}</source>
        <translation>磁碟已滿：沒有把備份寫入 {where}</translation>
    </message>
    <message>
        <source>the disk is full: nothing was written</source>
        <translation>磁碟已滿：沒有寫入任何資料</translation>
    </message>
    <message>
        <source>the disk is read-only: nothing was written</source>
        <translation>磁碟唯讀：沒有寫入任何資料</translation>
    </message>
    <message>
        <source>the dump has a column {name}.{key} this schema lacks</source>
        <translation>備份檔有欄 {name}.{key}，但這個 schema 沒有</translation>
    </message>
    <message>
        <source>the dump holds a table {name} this schema lacks</source>
        <translation>備份檔有資料表 {name}，但這個 schema 沒有</translation>
    </message>
    <message>
        <source>the event ends before it starts</source>
        <translation>活動的結束日期早於開始日期</translation>
    </message>
    <message>
        <source>the event file</source>
        <translation>活動檔案</translation>
    </message>
    <message>
        <source>the event file could not be read or written (disk I/O error): nothing was written; check the disk, then run `confdesk check`</source>
        <translation>活動檔案無法讀寫（磁碟 I/O 錯誤）：沒有寫入任何資料；請檢查磁碟，然後執行 `confdesk check`</translation>
    </message>
    <message>
        <source>the event file is read-only: nothing was written (check the file's permissions and the disk)</source>
        <translation>活動檔案是唯讀的：沒有寫入任何資料（請檢查檔案權限和磁碟）</translation>
    </message>
    <message>
        <source>the event file {describe} is on a read-only disk or folder: nothing was written</source>
        <translation>活動檔案 {describe} 位於唯讀的磁碟或資料夾：沒有寫入任何資料</translation>
    </message>
    <message>
        <source>the event has {count} day(s); there is no day {n}</source>
        <translation>活動共有 {count} 天；沒有第 {n} 天</translation>
    </message>
    <message>
        <source>the event is busy (an import or another desk is writing): nothing was written; try again</source>
        <translation>活動正忙（正在匯入或另一個登記枱正在寫入）：沒有寫入任何資料；請再試</translation>
    </message>
    <message>
        <source>the event is busy (another desk or an import is writing)</source>
        <translation>活動正忙（另一個登記枱或匯入正在寫入）</translation>
    </message>
    <message>
        <source>the event is no longer in this database; open the event again</source>
        <translation>這個資料庫已沒有這個活動；請重新開啟活動</translation>
    </message>
    <message>
        <source>the event keeps its time zone {timezone}</source>
        <translation>活動保留其時區 {timezone}</translation>
    </message>
    <message>
        <source>the event needs a name</source>
        <translation>活動需要名稱</translation>
    </message>
    <message>
        <source>the event's</source>
        <translation>活動的時區</translation>
    </message>
    <message>
        <source>the event's time zone was {timezone} (nobody had chosen it); it is now {zone_name} ({why})</source>
        <translation>活動的時區原是 {timezone}（沒有人選定）；現改為 {zone_name}（{why}）</translation>
    </message>
    <message>
        <source>the file names the time zone {file_zone}; the event keeps its own, {timezone}: the times keep their instants and show in {timezone}; to use the file's zone: confdesk event set --tz {file_zone} --keep-instants (or File &gt; Event details)</source>
        <translation>檔案寫明時區 {file_zone}；活動保留自己的時區 {timezone}：時間保持原來的時刻，以 {timezone} 顯示；如要用檔案的時區：confdesk event set --tz {file_zone} --keep-instants（或「檔案 &gt; 活動資料」）</translation>
    </message>
    <message>
        <source>the file's time zone {timezone} is unknown; ignored</source>
        <translation>檔案的時區 {timezone} 不明；已忽略</translation>
    </message>
    <message>
        <source>the file's time_zone_name</source>
        <translation>檔案的 time_zone_name</translation>
    </message>
    <message>
        <source>the list closes ({closes}) before it opens ({opens})</source>
        <translation>名單的關閉時間（{closes}）早於開放時間（{opens}）</translation>
    </message>
    <message>
        <source>the migrations have {count} heads; this Confdesk is damaged</source>
        <translation>資料庫遷移有 {count} 個分支；這個 Confdesk 已損壞</translation>
    </message>
    <message>
        <source>the proof must be a .pdf file, not {name}</source>
        <translation>校對檔案必須是 .pdf 檔案，而不是 {name}</translation>
    </message>
    <message>
        <source>the registration of {value} is cancelled</source>
        <translation>{value} 的報名已取消</translation>
    </message>
    <message>
        <source>the {category} template {name} is {own} x {own2} mm ({own3}), the batch's {spec} {spec2} x {spec3} mm ({spec4}): give the category a template of the same size, or print it on its own</source>
        <translation>{category} 的範本 {name} 是 {own} x {own2} 毫米（{own3}），這批的 {spec} 是 {spec2} x {spec3} 毫米（{spec4}）：請給這個類別同樣大小的範本，或另行列印</translation>
    </message>
    <message>
        <source>there is a check-in list named {name} already</source>
        <translation>已經有名為 {name} 的簽到名單</translation>
    </message>
    <message>
        <source>there is already a release named {name}; choose another name</source>
        <translation>已經有名為 {name} 的版本；請另選名稱</translation>
    </message>
    <message>
        <source>there is already a room named {name}</source>
        <translation>已經有名為 {name} 的房間</translation>
    </message>
    <message>
        <source>there is already a track named {name}</source>
        <translation>已經有名為 {name} 的分組</translation>
    </message>
    <message>
        <source>there is already a track named {values}</source>
        <translation>已經有名為 {values} 的分組</translation>
    </message>
    <message>
        <source>this database already holds an event; give `demo` a new --db file</source>
        <translation>這個資料庫已有活動；請給 `demo` 一個新的 --db 檔案</translation>
    </message>
    <message>
        <source>this database already holds an event; use another --db for a new one</source>
        <translation>這個資料庫已有活動；新活動請用另一個 --db</translation>
    </message>
    <message>
        <source>this database holds no event yet; run `confdesk init --name NAME` or `confdesk demo`</source>
        <translation>這個資料庫還沒有活動；請執行 `confdesk init --name NAME` 或 `confdesk demo`</translation>
    </message>
    <message>
        <source>unknown admission rule {admit}: use one of {ADMIT}</source>
        <translation>不明的入場規則 {admit}：請用 {ADMIT} 其中之一</translation>
    </message>
    <message>
        <source>unknown category {category} (known: {known})</source>
        <translation>不明類別 {category}（已知：{known}）</translation>
    </message>
    <message>
        <source>unknown category {category}: use one of {CATEGORIES}</source>
        <translation>不明類別 {category}：請用 {CATEGORIES} 其中之一</translation>
    </message>
    <message>
        <source>unknown category {unknown}: use one of {CATEGORIES}</source>
        <translation>不明類別 {unknown}：請用 {CATEGORIES} 其中之一</translation>
    </message>
    <message>
        <source>unknown delimiter {value}: use one of , ; tab |</source>
        <translation>不明分隔符 {value}：請用 , ; tab | 其中之一</translation>
    </message>
    <message>
        <source>unknown desk print {kind} (use desk or reprint)</source>
        <translation>不明的登記枱列印類型 {kind}（請用 desk 或 reprint）</translation>
    </message>
    <message>
        <source>unknown encoding {name} (for example utf-8, utf-16, big5, cp950, gbk, gb18030, cp1252)</source>
        <translation>不明編碼 {name}（例如 utf-8、utf-16、big5、cp950、gbk、gb18030、cp1252）</translation>
    </message>
    <message>
        <source>unknown export {what} (choose from {WHAT})</source>
        <translation>不明匯出 {what}（可選：{WHAT}）</translation>
    </message>
    <message>
        <source>unknown glyph forms {forms}: use {known}</source>
        <translation>不明字形 {forms}：請用 {known}</translation>
    </message>
    <message>
        <source>unknown language {language} (choose {LANGUAGES})</source>
        <translation>不明語言 {language}（可選：{LANGUAGES}）</translation>
    </message>
    <message>
        <source>unknown order {order} (choose {ORDERS})</source>
        <translation>不明排序 {order}（可選：{ORDERS}）</translation>
    </message>
    <message>
        <source>unknown paper {paper} (A4 or A3)</source>
        <translation>不明紙張 {paper}（A4 或 A3）</translation>
    </message>
    <message>
        <source>unknown preset {name} (presets: {PRESETS})</source>
        <translation>不明預設 {name}（預設：{PRESETS}）</translation>
    </message>
    <message>
        <source>unknown print kind {kind}</source>
        <translation>不明列印類型 {kind}</translation>
    </message>
    <message>
        <source>unknown print policy {policy} (use {POLICIES})</source>
        <translation>不明列印方式 {policy}（請用 {POLICIES}）</translation>
    </message>
    <message>
        <source>unknown print status {status}</source>
        <translation>不明列印狀態 {status}</translation>
    </message>
    <message>
        <source>unknown program kind {kind} (choose {KINDS})</source>
        <translation>不明場刊類型 {kind}（可選：{KINDS}）</translation>
    </message>
    <message>
        <source>unknown session type {value} (one of {SESSION_TYPES})</source>
        <translation>不明環節類型 {value}（{SESSION_TYPES} 其中之一）</translation>
    </message>
    <message>
        <source>unknown sheet preset {name} (choose from: {sheet_names})</source>
        <translation>不明紙張預設 {name}（可選：{sheet_names}）</translation>
    </message>
    <message>
        <source>unknown sheet preset {sheet} (choose from: {sheet_names})</source>
        <translation>不明紙張預設 {sheet}（可選：{sheet_names}）</translation>
    </message>
    <message>
        <source>unknown sort {sort} (use {SORTS})</source>
        <translation>不明排序 {sort}（請用 {SORTS}）</translation>
    </message>
    <message>
        <source>unknown speaker role {role} (one of {SPEAKER_ROLES})</source>
        <translation>不明講者角色 {role}（{SPEAKER_ROLES} 其中之一）</translation>
    </message>
    <message>
        <source>unknown status {status}: choose registered or cancelled</source>
        <translation>不明狀態 {status}：請選擇 registered 或 cancelled</translation>
    </message>
    <message>
        <source>unknown status {value} (one of {SESSION_STATUSES})</source>
        <translation>不明狀態 {value}（{SESSION_STATUSES} 其中之一）</translation>
    </message>
    <message>
        <source>unknown template {name} (available: {template_names}; or give a path to a .json file)</source>
        <translation>不明範本 {name}（可用：{template_names}；或提供 .json 檔案的路徑）</translation>
    </message>
    <message>
        <source>unknown template {name} (built-in: {builtin_names})</source>
        <translation>不明範本 {name}（內置：{builtin_names}）</translation>
    </message>
    <message>
        <source>unknown time zone {override} (use a name such as Europe/Brussels)</source>
        <translation>不明時區 {override}（請用例如 Europe/Brussels 的名稱）</translation>
    </message>
    <message>
        <source>unknown time zone {timezone} (use a name such as Asia/Hong_Kong)</source>
        <translation>不明時區 {timezone}（請用例如 Asia/Hong_Kong 的名稱）</translation>
    </message>
    <message>
        <source>unsupported database URL {describe}: use a file path or postgresql+psycopg://</source>
        <translation>不支援的資料庫網址 {describe}：請用檔案路徑或 postgresql+psycopg://</translation>
    </message>
    <message>
        <source>use VALUE=category (a pattern may hold * and ?), not {item}</source>
        <translation>請用「值=類別」（可用 * 和 ? 配對），而不是 {item}</translation>
    </message>
    <message>
        <source>will not write the rejected rows to {p}: it is the file being imported; choose another file name</source>
        <translation>不會把被拒絕的行寫入 {p}：這是正在匯入的檔案；請另選檔案名稱</translation>
    </message>
    <message>
        <source>will not write the rejected rows to {p}: it is this event's database; choose another file name</source>
        <translation>不會把被拒絕的行寫入 {p}：這是本活動的資料庫；請另選檔案名稱</translation>
    </message>
    <message>
        <source>{count} links or attachments are relative urls without a base: left out of the JSON, which wants full addresses</source>
        <translation>{count} 個連結或附件是沒有基準網址的相對網址：JSON 需要完整網址，所以沒有寫入</translation>
    </message>
    <message>
        <source>{count} sessions opted out of the recording: schedule2 JSON has no field for it, so only a Confdesk import reads it back (the frab XML and schedule JSON say it to every tool)</source>
        <translation>{count} 個環節不接受錄影：schedule2 JSON 沒有這個欄位，只有 Confdesk 匯入時讀得回來（frab XML 和議程 JSON 會告訴所有工具）</translation>
    </message>
    <message>
        <source>{count} sessions' recording licence has no field in schedule2 JSON: only a Confdesk import reads it back</source>
        <translation>{count} 個環節的錄影授權在 schedule2 JSON 中沒有欄位：只有 Confdesk 匯入時讀得回來</translation>
    </message>
    <message>
        <source>{day} from {name} is outside the event's days ({span})</source>
        <translation>{name} 的 {day} 不在活動日子之內（{span}）</translation>
    </message>
    <message>
        <source>{day} is not a day of this schedule (days: {listed})</source>
        <translation>{day} 不是這個議程的日子（日子：{listed}）</translation>
    </message>
    <message>
        <source>{day} is not one of the event's days</source>
        <translation>{day} 不是活動的日子</translation>
    </message>
    <message>
        <source>{describe} holds tables that are not a Confdesk database</source>
        <translation>{describe} 含有不屬於 Confdesk 資料庫的資料表</translation>
    </message>
    <message>
        <source>{describe} is back but holds another schema than this desk's copy: restart Confdesk to open it</source>
        <translation>{describe} 已恢復，但其 schema 與本登記枱的副本不同：請重新啟動 Confdesk 以開啟它</translation>
    </message>
    <message>
        <source>{describe} is not empty: restore into a new, empty database</source>
        <translation>{describe} 不是空的：請還原到一個新的空資料庫</translation>
    </message>
    <message>
        <source>{describe} needs an upgrade to schema {head}</source>
        <translation>{describe} 需要升級至 schema {head}</translation>
    </message>
    <message>
        <source>{describe} was written by a newer Confdesk (schema {current}); this version knows schema {head}. Install the newer Confdesk to open it.</source>
        <translation>{describe} 由較新版本的 Confdesk 寫入（schema {current}）；這個版本只認識 schema {head}。請安裝較新的 Confdesk 來開啟它。</translation>
    </message>
    <message>
        <source>{dest} already exists; choose another name for the backup</source>
        <translation>{dest} 已存在；請為備份另選名稱</translation>
    </message>
    <message>
        <source>{display_name} is not checked in</source>
        <translation>{display_name} 未登記</translation>
    </message>
    <message>
        <source>{display_name} is not checked in for {name}</source>
        <translation>{display_name} 尚未在 {name} 登記</translation>
    </message>
    <message>
        <source>{email} is not an e-mail address (expected name@example.com)</source>
        <translation>{email} 不是電郵地址（應像 name@example.com）</translation>
    </message>
    <message>
        <source>{fmt} is written to a {suffix} file, not {name}</source>
        <translation>{fmt} 要寫入 {suffix} 檔案，而不是 {name}</translation>
    </message>
    <message>
        <source>{item} overlaps {other}</source>
        <translation>{item} 與 {other} 重疊</translation>
    </message>
    <message>
        <source>{item}: text shortened to fit its box</source>
        <translation>{item}：文字已縮短以放入框內</translation>
    </message>
    <message>
        <source>{item}: {warn}</source>
        <translation>{item}：{warn}</translation>
    </message>
    <message>
        <source>{label} is a {value} picture; use PNG or JPEG</source>
        <translation>{label} 是 {value} 圖片；請用 PNG 或 JPEG</translation>
    </message>
    <message>
        <source>{label} is empty</source>
        <translation>{label} 是空的</translation>
    </message>
    <message>
        <source>{label} is larger than {MAX_BYTES} MB; use a smaller one</source>
        <translation>{label} 大於 {MAX_BYTES} MB；請用較小的檔案</translation>
    </message>
    <message>
        <source>{label} is not a PNG or JPEG picture Confdesk can read</source>
        <translation>{label} 不是 Confdesk 能讀取的 PNG 或 JPEG 圖片</translation>
    </message>
    <message>
        <source>{label} is {width} x {height} pixels; at most {MAX_PIXELS} a side</source>
        <translation>{label} 是 {width} x {height} 像素；每邊最多 {MAX_PIXELS}</translation>
    </message>
    <message>
        <source>{naive} of {count} event times carry no time zone; read as {zone} ({why})</source>
        <translation>{count} 個環節時間中有 {naive} 個沒有時區；按 {zone} 讀取（{why}）</translation>
    </message>
    <message>
        <source>{naive} of {count} event times carry no time zone; read as {zone} ({why}); choose another with --timezone</source>
        <translation>{count} 個環節時間中有 {naive} 個沒有時區；按 {zone} 讀取（{why}）；可用 --timezone 選擇其他時區</translation>
    </message>
    <message>
        <source>{name} covers {fspan}, none of the event's days ({span}); nothing was imported (import it anyway with --other-days)</source>
        <translation>{name} 涵蓋 {fspan}，不是活動的任何一天（{span}）；沒有匯入任何資料（如仍要匯入，請加 --other-days）</translation>
    </message>
    <message>
        <source>{name} has arrays or objects nested thousands deep; no schedule is, so it was not read</source>
        <translation>{name} 的陣列或物件嵌套了數千層；議程檔案不會這樣，所以沒有讀取</translation>
    </message>
    <message>
        <source>{name} has no exit scans</source>
        <translation>{name} 沒有離場掃描</translation>
    </message>
    <message>
        <source>{name} has no sheet named {sheet} (sheets: {names})</source>
        <translation>{name} 沒有名為 {sheet} 的工作表（工作表：{names}）</translation>
    </message>
    <message>
        <source>{name} holds a number thousands of digits long; no schedule does, so it was not read</source>
        <translation>{name} 含有一個數千位數的數字；議程檔案不會這樣，所以沒有讀取</translation>
    </message>
    <message>
        <source>{name} holds no &lt;day&gt; elements: not a schedule, or an empty one</source>
        <translation>{name} 沒有 &lt;day&gt; 元素：不是議程，或是空的議程</translation>
    </message>
    <message>
        <source>{name} holds no days: an empty schedule</source>
        <translation>{name} 沒有任何日子：是空的議程</translation>
    </message>
    <message>
        <source>{name} holds no events that could be read; nothing was imported</source>
        <translation>{name} 沒有可讀取的環節；沒有匯入任何資料</translation>
    </message>
    <message>
        <source>{name} holds no sheet of rows</source>
        <translation>{name} 沒有資料行的工作表</translation>
    </message>
    <message>
        <source>{name} holds {word}, which is not a JSON number; nothing was imported</source>
        <translation>{name} 含有 {word}，這不是 JSON 數字；沒有匯入任何資料</translation>
    </message>
    <message>
        <source>{name} is JSON but not a frab/pretalx schedule (no schedule.conference.days)</source>
        <translation>{name} 是 JSON，但不是 frab/pretalx 議程（沒有 schedule.conference.days）</translation>
    </message>
    <message>
        <source>{name} is XML but not a frab schedule (its root is &lt;{tag}&gt;)</source>
        <translation>{name} 是 XML，但不是 frab 議程（根元素是 &lt;{tag}&gt;）</translation>
    </message>
    <message>
        <source>{name} is an xCal file without a calendar</source>
        <translation>{name} 是 xCal 檔案，但沒有日曆</translation>
    </message>
    <message>
        <source>{name} is empty</source>
        <translation>{name} 是空的</translation>
    </message>
    <message>
        <source>{name} is larger than {MAX_BYTES} MB; use a smaller one</source>
        <translation>{name} 大於 {MAX_BYTES} MB；請用較小的檔案</translation>
    </message>
    <message>
        <source>{name} is neither a frab XML, a frab/pretalx JSON schedule nor a calendar (.ics, xCal)</source>
        <translation>{name} 既不是 frab XML、frab/pretalx JSON 議程，也不是日曆（.ics、xCal）</translation>
    </message>
    <message>
        <source>{name} is not UTF-8 text</source>
        <translation>{name} 不是 UTF-8 文字</translation>
    </message>
    <message>
        <source>{name} is not a Confdesk sheet preset</source>
        <translation>{name} 不是 Confdesk 紙張預設</translation>
    </message>
    <message>
        <source>{name} is not a calendar that can be read; nothing was imported</source>
        <translation>{name} 不是可讀取的日曆；沒有匯入任何內容</translation>
    </message>
    <message>
        <source>{name} is not a readable XLSX workbook (not a zip file)</source>
        <translation>{name} 不是可讀取的 XLSX 活頁簿（不是 zip 檔案）</translation>
    </message>
    <message>
        <source>{name} is not a readable XLSX workbook ({damage})</source>
        <translation>{name} 不是可讀取的 XLSX 活頁簿（{damage}）</translation>
    </message>
    <message>
        <source>{name} is not a readable XLSX workbook ({damage}); {AGAIN}</source>
        <translation>{name} 不是可讀取的 XLSX 活頁簿（{damage}）；{AGAIN}</translation>
    </message>
    <message>
        <source>{name} is not a readable XLSX workbook ({exc})</source>
        <translation>{name} 不是可讀取的 XLSX 活頁簿（{exc}）</translation>
    </message>
    <message>
        <source>{name} is not a text file (it contains binary data)</source>
        <translation>{name} 不是文字檔（含有二進位資料）</translation>
    </message>
    <message>
        <source>{name} is not a text file: it is {what}</source>
        <translation>{name} 不是文字檔：它是{what}</translation>
    </message>
    <message>
        <source>{name} is not signed up for {name2}</source>
        <translation>{name} 未報名參加 {name2}</translation>
    </message>
    <message>
        <source>{name} is not valid JSON at line {lineno}, column {colno} ({msg}); nothing was imported</source>
        <translation>{name} 第 {lineno} 行第 {colno} 欄不是有效的 JSON（{msg}）；沒有匯入任何資料</translation>
    </message>
    <message>
        <source>{name} is not well-formed XML at line {line}, column {col}{hint}; nothing was imported</source>
        <translation>{name} 第 {line} 行第 {col} 欄不是格式正確的 XML{hint}；沒有匯入任何資料</translation>
    </message>
    <message>
        <source>{name} is one of the event's own lists; it stays</source>
        <translation>{name} 是活動本身的名單；不能刪除</translation>
    </message>
    <message>
        <source>{name} is one page of the talks: only its {here} were imported (save every page, or the schedule.json export, for all of them)</source>
        <translation>{name} 只是講題中的一頁：只匯入了這一頁的 {here} 個（要全部匯入，請儲存每一頁，或使用 schedule.json 匯出）</translation>
    </message>
    <message>
        <source>{name} is one page of {count} talks: only its {here} were imported (save every page, or the schedule.json export, for all of them)</source>
        <translation>{name} 只是 {count} 個講題中的一頁：只匯入了這一頁的 {here} 個（要全部匯入，請儲存每一頁，或使用 schedule.json 匯出）</translation>
    </message>
    <message>
        <source>{name} is signed up for {name2} already</source>
        <translation>{name} 已經報名參加 {name2}</translation>
    </message>
    <message>
        <source>{name} is this event's database, not a registration file; choose the CSV or XLSX file to import</source>
        <translation>{name} 是本活動的資料庫，不是報名檔案；請選擇要匯入的 CSV 或 XLSX 檔案</translation>
    </message>
    <message>
        <source>{name} is {size} MiB; a schedule file is far smaller</source>
        <translation>{name} 有 {size} MiB；議程檔案遠比這小</translation>
    </message>
    <message>
        <source>{name} takes no sign-ups: add a list for the session or table</source>
        <translation>{name} 不接受報名：請為該環節或圓桌新增名單</translation>
    </message>
    <message>
        <source>{name} text</source>
        <translation>{name} 文字</translation>
    </message>
    <message>
        <source>{name} unpacks to {unpacked} MiB in {count} parts; Confdesk reads workbooks of up to {MAX_XLSX_UNPACKED} MiB unpacked (save it as CSV, or split it)</source>
        <translation>{name} 解壓後有 {unpacked} MiB，共 {count} 部分；Confdesk 只讀取解壓後最多 {MAX_XLSX_UNPACKED} MiB 的活頁簿（請另存為 CSV 或分拆檔案）</translation>
    </message>
    <message>
        <source>{name} was refused: it declares XML entities or a DTD ({name__}); schedule files never need them and they can be used for an XML bomb</source>
        <translation>{name} 已被拒絕：它宣告了 XML 實體或 DTD（{name__}）；議程檔案不需要這些，而它們可被用作 XML 炸彈</translation>
    </message>
    <message>
        <source>{name}'s registration is cancelled</source>
        <translation>{name} 的報名已取消</translation>
    </message>
    <message>
        <source>{name}: cannot tell the text encoding; give it with --encoding (for example big5, gbk, cp1252)</source>
        <translation>{name}：無法判斷文字編碼；請用 --encoding 指定（例如 big5、gbk、cp1252）</translation>
    </message>
    <message>
        <source>{name}: columns {seen} and {i} are both named {h}; rename one so each column has its own name</source>
        <translation>{name}：第 {seen} 和第 {i} 欄都叫 {h}；請重新命名其中一欄，讓每欄都有自己的名稱</translation>
    </message>
    <message>
        <source>{name}: day {index} ({date}) ends before it starts</source>
        <translation>{name}：第 {index} 天（{date}）的結束早於開始</translation>
    </message>
    <message>
        <source>{name}: day {index} ({date}, until {b1}) overlaps day {index2} ({date2}, from {a2}); nothing was imported</source>
        <translation>{name}：第 {index} 天（{date}，至 {b1}）與第 {index2} 天（{date2}，由 {a2} 起）重疊；沒有匯入任何資料</translation>
    </message>
    <message>
        <source>{name}: days {seen} and {index} are both {date}; overlapping days, nothing was imported</source>
        <translation>{name}：第 {seen} 和第 {index} 天都是 {date}；日子重疊，沒有匯入任何資料</translation>
    </message>
    <message>
        <source>{name}: give the file a .csv or .xlsx name</source>
        <translation>{name}：請給檔案 .csv 或 .xlsx 的名稱</translation>
    </message>
    <message>
        <source>{name}: line {line_num}: {exc}</source>
        <translation>{name}：第 {line_num} 行：{exc}</translation>
    </message>
    <message>
        <source>{name}: line {line}: byte 0x{bad} is not valid {encoding}; save the file again as UTF-8, or give its encoding with --encoding</source>
        <translation>{name}：第 {line} 行：位元組 0x{bad} 不是有效的 {encoding}；請把檔案另存為 UTF-8，或用 --encoding 指定其編碼</translation>
    </message>
    <message>
        <source>{name}: line {start}: unclosed quote (a value opens with &quot; and is never closed, so every line after it would be read as one value); fix the quote and import again</source>
        <translation>{name}：第 {start} 行：引號未關閉（某個值以 &quot; 開始卻沒有結束，之後每一行都會被讀成同一個值）；請修正引號後再匯入</translation>
    </message>
    <message>
        <source>{name}: room {room} has a capacity of {cap}; a room holds at most {MAX_CAPACITY} people; nothing was imported</source>
        <translation>{name}：房間 {room} 的容量是 {cap}；一個房間最多容納 {MAX_CAPACITY} 人；沒有匯入任何資料</translation>
    </message>
    <message>
        <source>{name}: sheet {title} has {rows} rows; Confdesk imports at most {MAX_XLSX_ROWS} rows (split the file)</source>
        <translation>{name}：工作表 {title} 有 {rows} 行；Confdesk 最多匯入 {MAX_XLSX_ROWS} 行（請分拆檔案）</translation>
    </message>
    <message>
        <source>{name}: sheet {title} is damaged ({damage}); {AGAIN}</source>
        <translation>{name}：工作表 {title} 已損壞（{damage}）；{AGAIN}</translation>
    </message>
    <message>
        <source>{name}: sheet {title} is empty</source>
        <translation>{name}：工作表 {title} 是空的</translation>
    </message>
    <message>
        <source>{name}: sheet {title}, cell {get_column_letter}{num} holds {count} characters; a cell holds at most {MAX_CELL_CHARS} (Excel's limit)</source>
        <translation>{name}：工作表 {title} 的儲存格 {get_column_letter}{num} 有 {count} 個字元；一個儲存格最多 {MAX_CELL_CHARS} 個（Excel 的上限）</translation>
    </message>
    <message>
        <source>{name}: the first row holds no column names</source>
        <translation>{name}：第一行沒有欄名</translation>
    </message>
    <message>
        <source>{name}: {sheet} is a chart sheet, not a sheet of rows</source>
        <translation>{name}：{sheet} 是圖表工作表，不是資料行的工作表</translation>
    </message>
    <message>
        <source>{name}: {value} holds more than 1 MiB; a cell holds at most {MAX_CELL_CHARS} characters (Excel's limit)</source>
        <translation>{name}：{value} 超過 1 MiB；一個儲存格最多 {MAX_CELL_CHARS} 個字元（Excel 的上限）</translation>
    </message>
    <message>
        <source>{name}: {value} lasts {duration_min} minutes; a session lasts at most a week ({MAX_DURATION_MIN}); nothing was imported</source>
        <translation>{name}：{value} 長 {duration_min} 分鐘；一個環節最長一星期（{MAX_DURATION_MIN}）；沒有匯入任何資料</translation>
    </message>
    <message>
        <source>{name}: {what} is at UTC{value}, an offset no time zone has (they run from -12:00 to +14:00); nothing was imported</source>
        <translation>{name}：{what} 在 UTC{value}，沒有時區用這個時差（時差由 -12:00 至 +14:00）；沒有匯入任何資料</translation>
    </message>
    <message>
        <source>{name}: {what} is on {value}, outside the dates Confdesk accepts ({FIRST_YEAR} to {LAST_YEAR}); nothing was imported</source>
        <translation>{name}：{what} 在 {value}，超出 Confdesk 接受的日期（{FIRST_YEAR} 至 {LAST_YEAR}）；沒有匯入任何資料</translation>
    </message>
    <message>
        <source>{name}: {what} is {kind}, not a list; nothing was imported</source>
        <translation>{name}：{what} 是 {kind}，不是清單；沒有匯入任何資料</translation>
    </message>
    <message>
        <source>{name}: {where} is in room {room}, which the file does not list (rooms: {listed}); nothing was imported</source>
        <translation>{name}：{where} 在房間 {room}，但檔案沒有列出這個房間（房間：{listed}）；沒有匯入任何資料</translation>
    </message>
    <message>
        <source>{outside} scheduled session(s) would fall outside {start} - {value}; move them first, move the timetable with the dates, or choose other dates</source>
        <translation>{outside} 個已編排的環節會落在 {start} - {value} 以外；請先移動它們、連同日期移動時間表，或選擇其他日期</translation>
    </message>
    <message>
        <source>{out} should end in .pdf</source>
        <translation>{out} 應以 .pdf 結尾</translation>
    </message>
    <message>
        <source>{path} already exists: restore a dump into a new file or an empty database</source>
        <translation>{path} 已存在：請把備份檔還原到新檔案或空資料庫</translation>
    </message>
    <message>
        <source>{path} is a folder</source>
        <translation>{path} 是資料夾</translation>
    </message>
    <message>
        <source>{path} is a folder, not a Confdesk database</source>
        <translation>{path} 是資料夾，不是 Confdesk 資料庫</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file</source>
        <translation>{path} 是資料夾，不是檔案</translation>
    </message>
    <message>
        <source>{path} is damaged (integrity check failed); choose another</source>
        <translation>{path} 已損壞（完整性檢查失敗）；請另選一個</translation>
    </message>
    <message>
        <source>{path} is damaged or not a Confdesk backup</source>
        <translation>{path} 已損壞或不是 Confdesk 備份</translation>
    </message>
    <message>
        <source>{path} is empty, not a Confdesk database; create one with `confdesk init` or `confdesk demo`</source>
        <translation>{path} 是空的，不是 Confdesk 資料庫；請用 `confdesk init` 或 `confdesk demo` 建立</translation>
    </message>
    <message>
        <source>{path} is not a Confdesk backup (neither an event file nor a dump)</source>
        <translation>{path} 不是 Confdesk 備份（既不是活動檔案，也不是備份檔）</translation>
    </message>
    <message>
        <source>{path} is not a Confdesk backup (no schema revision)</source>
        <translation>{path} 不是 Confdesk 備份（沒有 schema 版本）</translation>
    </message>
    <message>
        <source>{path} is not a Confdesk database (not an SQLite file)</source>
        <translation>{path} 不是 Confdesk 資料庫（不是 SQLite 檔案）</translation>
    </message>
    <message>
        <source>{pickup}: check in with the desk's scan, not as a list</source>
        <translation>{pickup}：請用登記枱掃描登記，而不是當作名單</translation>
    </message>
    <message>
        <source>{p} already exists; choose another file for the rejected rows (or give --overwrite to replace it)</source>
        <translation>{p} 已存在；請為被拒絕的行另選檔案（或加 --overwrite 取代它）</translation>
    </message>
    <message>
        <source>{p} is a folder, not a picture</source>
        <translation>{p} 是資料夾，不是圖片</translation>
    </message>
    <message>
        <source>{p} is a folder, not a schedule file</source>
        <translation>{p} 是資料夾，不是議程檔案</translation>
    </message>
    <message>
        <source>{p} is a folder; give a file name for the rejected rows</source>
        <translation>{p} 是資料夾；請為被拒絕的行提供檔案名稱</translation>
    </message>
    <message>
        <source>{p} is not a regular file (a device or a pipe); give a file name for the rejected rows</source>
        <translation>{p} 不是一般檔案（是裝置或管道）；請為被拒絕的行提供檔案名稱</translation>
    </message>
    <message>
        <source>{target} is open at another desk or in another program: close it there first</source>
        <translation>{target} 已在另一個登記枱或程式中開啟：請先在那裏關閉</translation>
    </message>
    <message>
        <source>{value} has a header but no rows</source>
        <translation>{value} 有標題但沒有資料行</translation>
    </message>
    <message>
        <source>{value} is already cancelled</source>
        <translation>{value} 已經取消</translation>
    </message>
    <message>
        <source>{value} is not cancelled</source>
        <translation>{value} 未取消</translation>
    </message>
    <message>
        <source>{value}: no column holds a name; map one with --map COLUMN=given_name (or full_name) - columns: {headers}</source>
        <translation>{value}：沒有欄包含姓名；請用 --map COLUMN=given_name（或 full_name）對應一欄 - 欄：{headers}</translation>
    </message>
    <message>
        <source>{what} is a time of day such as 13:30, not {text}</source>
        <translation>{what} 是一天中的時間，例如 13:30，而不是 {text}</translation>
    </message>
    <message>
        <source>{what} must be a whole number, not {value}</source>
        <translation>{what} 必須是整數，而不是 {value}</translation>
    </message>
    <message>
        <source>{what} must be at least {minimum}</source>
        <translation>{what} 最少是 {minimum}</translation>
    </message>
    <message>
        <source>{where} is damaged: writing to it has stopped; restore the newest backup ({backup}) with `confdesk restore`, or run `confdesk check` to see what is wrong</source>
        <translation>{where} 已損壞：已停止寫入；請用 `confdesk restore` 還原最新的備份（{backup}），或執行 `confdesk check` 查看問題</translation>
    </message>
    <message>
        <source>{where} is damaged: writing to it has stopped; restore the newest backup with `confdesk restore`, or run `confdesk check` to see what is wrong</source>
        <translation>{where} 已損壞：已停止寫入；請用 `confdesk restore` 還原最新的備份，或執行 `confdesk check` 查看問題</translation>
    </message>
    <message>
        <source>{where}: 'max_lines' must be at least 1</source>
        <translation>{where}：'max_lines' 最少是 1</translation>
    </message>
    <message>
        <source>{where}: align must be left, center or right</source>
        <translation>{where}：align 必須是 left、center 或 right</translation>
    </message>
    <message>
        <source>{where}: an all-day entry; skipped</source>
        <translation>{where}：全日項目；已略過</translation>
    </message>
    <message>
        <source>{where}: cancelled in the calendar; skipped</source>
        <translation>{where}：日曆中已取消；已略過</translation>
    </message>
    <message>
        <source>{where}: its guid {guid} was already used in the file; skipped</source>
        <translation>{where}：其 guid {guid} 已在檔案中用過；已略過</translation>
    </message>
    <message>
        <source>{where}: its {what} {value} is not a usable url; left out</source>
        <translation>{where}：其 {what} {value} 不是可用的網址；已略去</translation>
    </message>
    <message>
        <source>{where}: lasts {duration_min}:{duration_min2}; stored as 24 hours, the longest a Confdesk session lasts (split it to keep the rest)</source>
        <translation>{where}：長 {duration_min}:{duration_min2}；保存為 24 小時，即 Confdesk 環節的最長時間（如要保留其餘部分，請分拆）</translation>
    </message>
    <message>
        <source>{where}: missing {key} (a number, {unit})</source>
        <translation>{where}：缺少 {key}（數字，{unit}）</translation>
    </message>
    <message>
        <source>{where}: need 0 &lt; min_size &lt;= max_size</source>
        <translation>{where}：需要 0 &lt; min_size &lt;= max_size</translation>
    </message>
    <message>
        <source>{where}: no end or duration; 30 minutes assumed</source>
        <translation>{where}：沒有結束時間或長度；當作 30 分鐘</translation>
    </message>
    <message>
        <source>{where}: no readable &lt;date&gt; or &lt;start&gt;; skipped</source>
        <translation>{where}：沒有可讀取的 &lt;date&gt; 或 &lt;start&gt;；已略過</translation>
    </message>
    <message>
        <source>{where}: no readable date or start; skipped</source>
        <translation>{where}：沒有可讀取的 date 或 start；已略過</translation>
    </message>
    <message>
        <source>{where}: no readable start; skipped</source>
        <translation>{where}：沒有可讀取的 start；已略過</translation>
    </message>
    <message>
        <source>{where}: no room (LOCATION); skipped</source>
        <translation>{where}：沒有房間（LOCATION）；已略過</translation>
    </message>
    <message>
        <source>{where}: no room; skipped</source>
        <translation>{where}：沒有房間；已略過</translation>
    </message>
    <message>
        <source>{where}: no start time; skipped</source>
        <translation>{where}：沒有開始時間；已略過</translation>
    </message>
    <message>
        <source>{where}: no title; skipped</source>
        <translation>{where}：沒有標題；已略過</translation>
    </message>
    <message>
        <source>{where}: not scheduled (no start); skipped</source>
        <translation>{where}：未排時間（沒有開始時間）；已略過</translation>
    </message>
    <message>
        <source>{where}: repeats; imported once, at its first time</source>
        <translation>{where}：會重複；只按第一次的時間匯入一次</translation>
    </message>
    <message>
        <source>{where}: type must be one of {ITEM_TYPES}</source>
        <translation>{where}：type 必須是 {ITEM_TYPES} 其中之一</translation>
    </message>
    <message>
        <source>{where}: unreadable duration {ev}; 30 minutes assumed</source>
        <translation>{where}：無法讀取時長 {ev}；當作 30 分鐘</translation>
    </message>
    <message>
        <source>{where}: unreadable duration {raw_duration}; 30 minutes assumed</source>
        <translation>{where}：無法讀取時長 {raw_duration}；當作 30 分鐘</translation>
    </message>
    <message>
        <source>{where}: valign must be top, middle or bottom</source>
        <translation>{where}：valign 必須是 top、middle 或 bottom</translation>
    </message>
    <message>
        <source>{where}: withdrawn in pretalx; skipped</source>
        <translation>{where}：已在 pretalx 撤回；已略過</translation>
    </message>
    <message>
        <source>{where}: {bad} attachment without a usable url (or beyond the first {most}) left out</source>
        <translation>{where}：{bad} 個附件沒有可用的網址（或超出首 {most} 個）；已略去</translation>
    </message>
    <message>
        <source>{where}: {bad} attachments without a usable url (or beyond the first {most}) left out</source>
        <translation>{where}：{bad} 個附件沒有可用的網址（或超出首 {most} 個）；已略去</translation>
    </message>
    <message>
        <source>{where}: {bad} link without a usable url (or beyond the first {most}) left out</source>
        <translation>{where}：{bad} 個連結沒有可用的網址（或超出首 {most} 個）；已略去</translation>
    </message>
    <message>
        <source>{where}: {bad} links without a usable url (or beyond the first {most}) left out</source>
        <translation>{where}：{bad} 個連結沒有可用的網址（或超出首 {most} 個）；已略去</translation>
    </message>
    <message>
        <source>{where}: {key} must be a number ({unit}), not {v}</source>
        <translation>{where}：{key} 必須是數字（{unit}），而不是 {v}</translation>
    </message>
    <message>
        <source>{where}: {k} must be a colour like #1f5f9e, not {item}</source>
        <translation>{where}：{k} 必須是顏色，例如 #1f5f9e，而不是 {item}</translation>
    </message>
    <message>
        <source>{where}: {k} must be text, not {item}</source>
        <translation>{where}：{k} 必須是文字，而不是 {item}</translation>
    </message>
    <message>
        <source>{where}: {said} does not exist in {key} (the clocks jump forward then); read as {real} (UTC{real2})</source>
        <translation>{where}：{said} 在 {key} 不存在（當時時鐘撥快）；按 {real}（UTC{real2}）讀取</translation>
    </message>
    <message>
        <source>{where}: {said} happens twice in {key} (the clocks go back then); read as the first, at UTC{first}</source>
        <translation>{where}：{said} 在 {key} 出現兩次（當時時鐘撥慢）；按第一次讀取，即 UTC{first}</translation>
    </message>
    <message>
        <source>{wrong} of {count} times in the file are at {offsets}, but the file says {zone} (at {ours} then): its header and its times disagree; the times keep the instants their offsets give</source>
        <translation>檔案中 {count} 個時間有 {wrong} 個在 {offsets}，但檔案寫的是 {zone}（當時是 {ours}）：檔案標頭與時間不一致；時間保持其時差所示的時刻</translation>
    </message>
    <message>
        <source>{wrong} of {count} times in the file are at {offsets}, but {zone} is at {ours} then: they keep their instant and show in the event's zone; if the event's zone is wrong, set it (File &gt; Event details, or confdesk event set --tz)</source>
        <translation>檔案中 {count} 個時間有 {wrong} 個在 {offsets}，但 {zone} 當時是 {ours}：這些時間保持原來的時刻，以活動的時區顯示；如活動的時區有誤，請設定（「檔案 &gt; 活動資料」，或 confdesk event set --tz）</translation>
    </message>
</context>
<context>
    <name>DashboardScreen</name>
    <message>
        <source>Dashboard</source>
        <translation>總覽</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>匯出 CSV…</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>已報名</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>已登記</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>缺席</translation>
    </message>
    <message>
        <source>Came today</source>
        <translation>今日到場</translation>
    </message>
    <message>
        <source>Badges printed</source>
        <translation>已印名牌</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>登記處</translation>
    </message>
    <message>
        <source>Last {minutes} min</source>
        <translation>最近 {minutes} 分鐘</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>總數</translation>
    </message>
    <message>
        <source>Check-in list</source>
        <translation>簽到名單</translation>
    </message>
    <message>
        <source>In</source>
        <translation>已進場</translation>
    </message>
    <message>
        <source>Inside</source>
        <translation>場內</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>座位</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房間</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>環節</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>預計人數</translation>
    </message>
    <message>
        <source>Session or door</source>
        <translation>環節／入口</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人數</translation>
    </message>
    <message>
        <source>Peak</source>
        <translation>最高人數</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>按類別</translation>
    </message>
    <message>
        <source>Sessions by attendance</source>
        <translation>各環節出席情況</translation>
    </message>
    <message>
        <source>Check-in lists (days, sessions, doors)</source>
        <translation>簽到名單（每日、環節、入口）</translation>
    </message>
    <message>
        <source>Next sessions</source>
        <translation>接下來的環節</translation>
    </message>
    <message>
        <source>Desks</source>
        <translation>各登記處</translation>
    </message>
    <message>
        <source>Could not refresh: {error}</source>
        <translation>無法更新：{error}</translation>
    </message>
    <message>
        <source>{desk} cannot reach the event's server</source>
        <translation>{desk} 無法連接活動伺服器</translation>
    </message>
    <message>
        <source>{count} entry of {desk} not sent yet (not counted above)</source>
        <translation>{desk} 有 {count} 項紀錄尚未傳送（未計入上列數字）</translation>
    </message>
    <message>
        <source>{count} entries of {desk} not sent yet (not counted above)</source>
        <translation>{desk} 有 {count} 項紀錄尚未傳送（未計入上列數字）</translation>
    </message>
    <message>
        <source>{event} · as of {time} ({zone}) · refreshed every {seconds} s</source>
        <translation>{event} · 截至 {time}（{zone}）· 每 {seconds} 秒更新</translation>
    </message>
    <message>
        <source>{count} cancelled</source>
        <translation>{count} 人已取消</translation>
    </message>
    <message>
        <source>{percent} % of registered</source>
        <translation>佔已報名人數 {percent} %</translation>
    </message>
    <message>
        <source>registered, not checked in</source>
        <translation>已報名但未登記</translation>
    </message>
    <message>
        <source>counted once the event starts</source>
        <translation>活動開始後計算</translation>
    </message>
    <message>
        <source>{count} prints with reprints</source>
        <translation>連重印共列印 {count} 次</translation>
    </message>
    <message>
        <source>{list}: {count} not yet</source>
        <translation>{list}：{count} 人未到</translation>
    </message>
    <message>
        <source>{count} of {total}</source>
        <translation>{total} 人中 {count} 人</translation>
    </message>
    <message>
        <source>now {when}</source>
        <translation>進行中 {when}</translation>
    </message>
    <message>
        <source>⚠ over capacity</source>
        <translation>⚠ 超出容量</translation>
    </message>
    <message>
        <source>dddd d MMMM</source>
        <translation>M月d日 dddd</translation>
    </message>
    <message>
        <source>Admissions per {minutes} minutes on {name}, {day}</source>
        <translation>{name} 每 {minutes} 分鐘入場人數（{day}）</translation>
    </message>
    <message>
        <source>Admissions per {minutes} minutes on {name}</source>
        <translation>{name} 每 {minutes} 分鐘入場人數</translation>
    </message>
    <message>
        <source>Arrivals per {minutes} minutes, {day}</source>
        <translation>每 {minutes} 分鐘到場人數（{day}）</translation>
    </message>
    <message>
        <source>Arrivals per {minutes} minutes</source>
        <translation>每 {minutes} 分鐘到場人數</translation>
    </message>
    <message>
        <source>Export the dashboard</source>
        <translation>匯出總覽</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
    <message>
        <source>cannot write {path}: {error}</source>
        <translation>無法寫入 {path}：{error}</translation>
    </message>
    <message>
        <source>{name} on {list} (in at {first}, again at {second})</source>
        <translation>{name}（{list}：{first} 入場，{second} 再次入場）</translation>
    </message>
    <message>
        <source>{name} (in at {first}, again at {second})</source>
        <translation>{name}（{first} 入場，{second} 再次入場）</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>某人</translation>
    </message>
    <message>
        <source>1 double admission</source>
        <translation>1 宗重複入場</translation>
    </message>
    <message>
        <source>{count} double admissions</source>
        <translation>{count} 宗重複入場</translation>
    </message>
    <message>
        <source>; and {count} more</source>
        <translation>；另有 {count} 宗</translation>
    </message>
    <message>
        <source>&lt;b&gt;{head} while desks were offline:&lt;/b&gt; {names}{more}</source>
        <translation>&lt;b&gt;登記處離線期間有 {head}：&lt;/b&gt;{names}{more}</translation>
    </message>
</context>
<context>
    <name>DesignCanvas</name>
    <message>
        <source>Text</source>
        <translation>文字</translation>
    </message>
</context>
<context>
    <name>DesignerPanel</name>
    <message>
        <source>Add text</source>
        <translation>新增文字</translation>
    </message>
    <message>
        <source>Add box</source>
        <translation>新增方框</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>新增線條</translation>
    </message>
    <message>
        <source>Add QR code</source>
        <translation>新增 QR 碼</translation>
    </message>
    <message>
        <source>Add event logo</source>
        <translation>新增活動標誌</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>band</source>
        <translation>色帶</translation>
    </message>
    <message>
        <source>box</source>
        <translation>方框</translation>
    </message>
    <message>
        <source>line</source>
        <translation>線條</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>QR 碼</translation>
    </message>
    <message>
        <source>picture</source>
        <translation>圖片</translation>
    </message>
    <message>
        <source>Front</source>
        <translation>正面</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>背面</translation>
    </message>
    <message>
        <source>Add item…</source>
        <translation>新增項目…</translation>
    </message>
    <message>
        <source>Add {item}</source>
        <translation>新增 {item}</translation>
    </message>
    <message>
        <source>Add image…</source>
        <translation>新增圖片…</translation>
    </message>
    <message>
        <source>Delete item</source>
        <translation>刪除項目</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>復原</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>{action} ({keys})</source>
        <translation>{action}（{keys}）</translation>
    </message>
    <message>
        <source>new template name</source>
        <translation>新範本名稱</translation>
    </message>
    <message>
        <source>Save as new template</source>
        <translation>另存為新範本</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>匯出 JSON…</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>範本</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>印刷面</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>預覽</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>X (mm)</source>
        <translation>X（mm）</translation>
    </message>
    <message>
        <source>Y (mm)</source>
        <translation>Y（mm）</translation>
    </message>
    <message>
        <source>Width (mm)</source>
        <translation>寬度（mm）</translation>
    </message>
    <message>
        <source>Height (mm)</source>
        <translation>高度（mm）</translation>
    </message>
    <message>
        <source>QR size (mm)</source>
        <translation>QR 碼大小（mm）</translation>
    </message>
    <message>
        <source>Largest text (pt)</source>
        <translation>最大字號（pt）</translation>
    </message>
    <message>
        <source>Smallest text (pt)</source>
        <translation>最小字號（pt）</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>粗體</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>靠左</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>置中</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>靠右</translation>
    </message>
    <message>
        <source>Align</source>
        <translation>對齊</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>顏色…</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>顏色</translation>
    </message>
    <message>
        <source>Background picture…</source>
        <translation>背景圖片…</translation>
    </message>
    <message>
        <source>None</source>
        <translation>無</translation>
    </message>
    <message>
        <source>Fields: {fields}; \n = new line</source>
        <translation>欄位：{fields}；\n 代表換行</translation>
    </message>
    <message>
        <source>Sample person (陳大文)</source>
        <translation>示範人物（陳大文）</translation>
    </message>
    <message>
        <source>Sample person (陳大文): no attendees yet</source>
        <translation>示範人物（陳大文）：尚未有參加者</translation>
    </message>
    <message>
        <source>Longest name: {name}</source>
        <translation>最長姓名：{name}</translation>
    </message>
    <message>
        <source>Warnings: {warnings}</source>
        <translation>警告：{warnings}</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.svg);;All files (*)</source>
        <translation>圖片 (*.png *.jpg *.jpeg *.svg);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Add an image to the badge</source>
        <translation>在名牌加入圖片</translation>
    </message>
    <message>
        <source>Added {name}</source>
        <translation>已加入 {name}</translation>
    </message>
    <message>
        <source>Background picture of the badge</source>
        <translation>名牌背景圖片</translation>
    </message>
    <message>
        <source>Colour {colour}</source>
        <translation>顏色 {colour}</translation>
    </message>
    <message>
        <source>Saved {name} (version {version}) and {path}</source>
        <translation>已儲存 {name}（第 {version} 版）及 {path}</translation>
    </message>
    <message>
        <source>Export template</source>
        <translation>匯出範本</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>已匯出至 {path}</translation>
    </message>
    <message>
        <source>{name} is not an SVG picture Confdesk can draw</source>
        <translation>{name} 不是 Confdesk 可繪製的 SVG 圖片</translation>
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
    <name>DeskLinkBanner</name>
    <message>
        <source>check-ins</source>
        <translation>登記</translation>
    </message>
    <message>
        <source>walk-ins</source>
        <translation>現場登記</translation>
    </message>
    <message>
        <source>undos</source>
        <translation>取消登記</translation>
    </message>
    <message>
        <source>prints</source>
        <translation>列印</translation>
    </message>
    <message>
        <source>Could not send what waits at this desk: {error} Nothing is lost; trying again.</source>
        <translation>無法傳送此登記處待傳送的紀錄：{error} 資料沒有遺失，正在重試。</translation>
    </message>
    <message>
        <source>another desk</source>
        <translation>其他登記處</translation>
    </message>
    <message>
        <source>{desk} at {time}</source>
        <translation>{desk}（{time}）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Double admission:&lt;/b&gt; {name} was let in at {first} and again at {second}{on} while desks were offline.</source>
        <translation>&lt;b&gt;重複進場：&lt;/b&gt;登記處離線期間，{name} 先在 {first} 進場，又在 {second}{on}再次進場。</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>某人</translation>
    </message>
    <message>
        <source> on {list}</source>
        <translation>（{list}）</translation>
    </message>
    <message>
        <source>and {count} more (confdesk checkin --doubles)</source>
        <translation>另有 {count} 宗（confdesk checkin --doubles）</translation>
    </message>
    <message>
        <source>{items} and {last}</source>
        <translation>{items}及{last}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>{count} waiting to be sent ({kinds})</source>
        <translation>{count} 項待傳送（{kinds}）</translation>
    </message>
    <message>
        <source>{count} check-in waiting to be sent</source>
        <translation>{count} 個登記待傳送</translation>
    </message>
    <message>
        <source>{count} check-ins waiting to be sent</source>
        <translation>{count} 個登記待傳送</translation>
    </message>
    <message>
        <source>Offline since {time} - {waiting}. Scanning goes on.</source>
        <translation>自 {time} 起離線 - {waiting}。可繼續掃描。</translation>
    </message>
    <message>
        <source>The event database is busy: {waiting}, as soon as it is free. Scanning goes on.</source>
        <translation>活動資料庫忙碌中：{waiting}，空閒後即會傳送。可繼續掃描。</translation>
    </message>
    <message>
        <source>Sent. Double admission found: {names} (see confdesk checkin --doubles).</source>
        <translation>已傳送。發現重複進場：{names}（見 confdesk checkin --doubles）。</translation>
    </message>
    <message>
        <source> (and {count} more)</source>
        <translation>（另有 {count} 個）</translation>
    </message>
    <message>
        <source>Sent. The walk-in {name} (#{number}) registered offline looks like {like} (#{like_number}){more}: merge them on the Attendees screen if it is the same person.</source>
        <translation>已傳送。離線時現場登記的 {name}（#{number}）與 {like}（#{like_number}）相似{more}：如屬同一人，請在「參加者」畫面合併。</translation>
    </message>
</context>
<context>
    <name>DeskScreen</name>
    <message>
        <source>No badge printed: badge printing is not set up in this window.</source>
        <translation>沒有列印名牌：此視窗未設定名牌列印。</translation>
    </message>
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
        <source> s</source>
        <translation> 秒</translation>
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
        <source>Panel in Chinese too</source>
        <translation>面板加中文</translation>
    </message>
    <message>
        <source>Panel in English too</source>
        <translation>面板加英文</translation>
    </message>
    <message>
        <source>The result's headline and category also in the other language, for the person across the desk</source>
        <translation>結果的標題和類別同時以另一種語言顯示，方便櫃台對面的人閱讀</translation>
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
        <source>Undo the check-in shown</source>
        <translation>取消顯示中的登記</translation>
    </message>
    <message>
        <source>Print or reprint the badge of the person shown</source>
        <translation>列印或重印顯示中此人的名牌</translation>
    </message>
    <message>
        <source>Register a walk-in</source>
        <translation>現場登記新參加者</translation>
    </message>
    <message>
        <source>Back to the search field</source>
        <translation>回到搜尋欄</translation>
    </message>
    <message>
        <source>At a door with exits: entry or exit scans</source>
        <translation>設有出口的入口：切換入場／離場掃描</translation>
    </message>
    <message>
        <source>Admit one more at a full door</source>
        <translation>場內已滿時再放行一人</translation>
    </message>
    <message>
        <source>Registered: {name} (Enter checks in)</source>
        <translation>已報名：{name}（按 Enter 登記）</translation>
    </message>
    <message>
        <source>Order {code}: {count} people · Enter checks in the highlighted person</source>
        <translation>訂單 {code}：{count} 人 · 按 Enter 為選中的人登記</translation>
    </message>
    <message>
        <source>{count} found · Enter checks in the highlighted person</source>
        <translation>找到 {count} 人 · 按 Enter 為已選的人登記</translation>
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
        <source>No one found</source>
        <translation>找不到此人</translation>
    </message>
    <message>
        <source>No registration matches “{text}”. Check the spelling, try the Chinese name or the e-mail, or register a walk-in (F2).</source>
        <translation>沒有與「{text}」相符的報名紀錄。請檢查拼寫，或試用中文姓名或電郵，或作現場登記（F2）。</translation>
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
        <source>Admit anyway</source>
        <translation>仍然放行</translation>
    </message>
    <message>
        <source>The door is full. Why admit this person? (kept in the log)</source>
        <translation>場內已滿。為何仍放行此人？（會記錄在紀錄中）</translation>
    </message>
    <message>
        <source>Checking in…</source>
        <translation>登記中…</translation>
    </message>
    <message>
        <source>NOT SAVED</source>
        <translation>未儲存</translation>
    </message>
    <message>
        <source>this person</source>
        <translation>此人</translation>
    </message>
    <message>
        <source>Nothing to undo: pick the person from the latest check-ins or scan their badge.</source>
        <translation>沒有可取消的登記：請從最近的登記中選擇此人，或掃描其名牌。</translation>
    </message>
    <message>
        <source>undone at the desk</source>
        <translation>在登記處取消</translation>
    </message>
    <message>
        <source>Undo saved at this desk (offline): it will be sent.</source>
        <translation>取消登記已儲存在此登記處（離線）：稍後會傳送。</translation>
    </message>
    <message>
        <source>Undo saved at this desk (the event is busy): it will be sent.</source>
        <translation>取消登記已儲存在此登記處（活動資料庫忙碌）：稍後會傳送。</translation>
    </message>
    <message>
        <source>NOT UNDONE</source>
        <translation>未能取消</translation>
    </message>
    <message>
        <source>Reprint badge  (Ctrl+P)</source>
        <translation>重印名牌  (Ctrl+P)</translation>
    </message>
    <message>
        <source>Check someone in first, then print their badge.</source>
        <translation>請先為參加者登記，然後再列印名牌。</translation>
    </message>
    <message>
        <source>Printing the badge of {name}…</source>
        <translation>正在列印 {name} 的名牌…</translation>
    </message>
    <message>
        <source>Badge: asking the printer…</source>
        <translation>名牌：正在聯絡打印機…</translation>
    </message>
    <message>
        <source>Badge sent to {printer} (Ctrl+P prints again).</source>
        <translation>名牌已送往 {printer}（Ctrl+P 可再列印）。</translation>
    </message>
    <message>
        <source>No badge printed: no badge printer chosen (Badges screen). Badge PDF saved: {path}</source>
        <translation>沒有列印名牌：未選擇名牌打印機（「名牌」畫面）。已儲存名牌 PDF：{path}</translation>
    </message>
    <message>
        <source>Badge not printed: reprint cancelled.</source>
        <translation>未列印名牌：已取消重印。</translation>
    </message>
    <message>
        <source>No badge printed: it was printed before (Ctrl+P prints again).</source>
        <translation>沒有列印名牌：之前已列印（Ctrl+P 可再列印）。</translation>
    </message>
    <message>
        <source>No badge printed: no badge printer chosen (Badges screen).</source>
        <translation>沒有列印名牌：未選擇名牌打印機（「名牌」畫面）。</translation>
    </message>
    <message>
        <source>No badge printed: check-in printing is off (Badges screen); Ctrl+P prints.</source>
        <translation>沒有列印名牌：登記時列印已關閉（「名牌」畫面）；按 Ctrl+P 可列印。</translation>
    </message>
    <message>
        <source>No badge printed: unknown attendee.</source>
        <translation>沒有列印名牌：找不到此參加者。</translation>
    </message>
    <message>
        <source>No badge printed: a lost badge gets its new code only while the server answers.</source>
        <translation>沒有列印名牌：遺失名牌的新編號只能在伺服器回應時發出。</translation>
    </message>
    <message>
        <source>No badge printed: {why}.</source>
        <translation>沒有列印名牌：{why}。</translation>
    </message>
    <message>
        <source>Badge not printed: {reason}</source>
        <translation>未列印名牌：{reason}</translation>
    </message>
    <message>
        <source>The walk-in form is kept as typed: F2 opens it again.</source>
        <translation>現場登記表格已按輸入內容保留：按 F2 可再次開啟。</translation>
    </message>
    <message>
        <source>Walk-in saved at this desk (offline), with a provisional number: it gets the event's number when it is sent.</source>
        <translation>現場登記已儲存在此登記處（離線），暫用臨時編號：傳送後會取得活動編號。</translation>
    </message>
    <message>
        <source>Walk-ins registered offline were sent: they have the event's numbers now.</source>
        <translation>離線時的現場登記已傳送：現已取得活動編號。</translation>
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
    <message>
        <source>Likely duplicates: {merged} merged, {skipped} skipped</source>
        <translation>疑似重複：已合併 {merged} 個，已略過 {skipped} 個</translation>
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
    <name>EmptyEventHint</name>
    <message>
        <source>No attendees yet. Import your registrations (File &gt; Import registrations…, Ctrl+I) from the CSV or Excel export of your ticketing or form tool; walk-ins can be registered at the desk (F2).</source>
        <translation>尚未有參加者。請從票務或表格工具匯出的 CSV 或 Excel 檔案匯入報名資料（檔案 &gt; 匯入報名資料…，Ctrl+I）；現場人士可在登記處登記（F2）。</translation>
    </message>
    <message>
        <source>No attendees yet: import registrations (Ctrl+I) or register walk-ins (F2).</source>
        <translation>尚未有參加者：匯入報名資料（Ctrl+I）或作現場登記（F2）。</translation>
    </message>
    <message>
        <source>Import registrations…</source>
        <translation>匯入報名資料…</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong ({error}). Details are in the log file.</source>
        <translation>發生錯誤（{error}）。詳情已記錄在日誌檔案中。</translation>
    </message>
</context>
<context>
    <name>EventDetailsDialog</name>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg);;All files (*)</source>
        <translation>圖片 (*.png *.jpg *.jpeg);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Event details</source>
        <translation>活動資料</translation>
    </message>
    <message>
        <source>e.g. Hong Kong Science Park, Pak Shek Kok</source>
        <translation>例如：白石角香港科學園</translation>
    </message>
    <message>
        <source>Hong Kong forms</source>
        <translation>香港字形</translation>
    </message>
    <message>
        <source>Taiwan forms</source>
        <translation>台灣字形</translation>
    </message>
    <message>
        <source>Mainland forms (Simplified)</source>
        <translation>內地字形（簡體）</translation>
    </message>
    <message>
        <source>The glyph forms of Chinese names on badges and in the program. Attendees from Taiwan or the mainland get their own forms.</source>
        <translation>名牌和議程上中文姓名的字形。來自台灣或內地的參加者會用他們自己的字形。</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <translation>yyyy年M月d日 ddd</translation>
    </message>
    <message>
        <source>Move the timetable with the first day</source>
        <translation>議程隨首日一併移動</translation>
    </message>
    <message>
        <source>Sessions move by as many days as the first day does, at the same local times</source>
        <translation>各環節按首日移動的日數一併移動，當地時間不變</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Choose picture…</source>
        <translation>選擇圖片…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名稱：</translation>
    </message>
    <message>
        <source>Venue:</source>
        <translation>場地：</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>時區：</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>標誌：</translation>
    </message>
    <message>
        <source>Chinese prints in:</source>
        <translation>中文字形：</translation>
    </message>
    <message>
        <source>Category colours (badge bands and the desk)</source>
        <translation>類別顏色（名牌色帶及登記處）</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>預設</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>沒有標誌</translation>
    </message>
    <message>
        <source>Printed on badges and the program's cover</source>
        <translation>印於名牌及程序表封面</translation>
    </message>
    <message>
        <source>Choose the event's logo</source>
        <translation>選擇活動標誌</translation>
    </message>
    <message>
        <source>Colour of {category}</source>
        <translation>{category}的顏色</translation>
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
    <name>HelpDialog</name>
    <message>
        <source>Check in the highlighted person, or the code scanned</source>
        <translation>為已選的人或掃描的編號登記</translation>
    </message>
    <message>
        <source>Choose another person in the results</source>
        <translation>在搜尋結果中選擇其他人</translation>
    </message>
    <message>
        <source>Clear the field and the result</source>
        <translation>清除輸入欄及結果</translation>
    </message>
    <message>
        <source>Open the highlighted attendee</source>
        <translation>開啟已選的參加者</translation>
    </message>
    <message>
        <source>Ctrl+arrows</source>
        <translation>Ctrl+方向鍵</translation>
    </message>
    <message>
        <source>Select the next session in that direction</source>
        <translation>選取該方向的下一個環節</translation>
    </message>
    <message>
        <source>Move the selected session earlier or later by one step</source>
        <translation>把已選的環節提前或延後一格</translation>
    </message>
    <message>
        <source>Move the selected session to the room beside</source>
        <translation>把已選的環節移到旁邊的房間</translation>
    </message>
    <message>
        <source>Shorten or lengthen the selected session</source>
        <translation>縮短或延長已選的環節</translation>
    </message>
    <message>
        <source>Edit the selected session</source>
        <translation>編輯已選的環節</translation>
    </message>
    <message>
        <source>Unschedule the selected session</source>
        <translation>把已選的環節移出時間表</translation>
    </message>
    <message>
        <source>Put the chosen unscheduled session in the first free slot</source>
        <translation>把已選的未編排環節放入第一個空檔</translation>
    </message>
    <message>
        <source>Clear the selection</source>
        <translation>清除選取</translation>
    </message>
    <message>
        <source>Desk: check people in</source>
        <translation>登記處：為參加者登記</translation>
    </message>
    <message>
        <source>Scan a badge or a ticket QR code: the result is green (checked in), amber (already in: when and where) or red (not valid, cancelled, another event).</source>
        <translation>掃描名牌或門票 QR 碼：結果顯示綠色（已登記）、琥珀色（已登記過：顯示時間和地點）或紅色（無效、已取消、其他活動）。</translation>
    </message>
    <message>
        <source>Or type a name, 中文姓名, organization, e-mail or number, and press Enter on the right person. Search finds both scripts and ignores accents and case.</source>
        <translation>或輸入英文名、中文姓名、機構、電郵或編號，選中正確的人後按 Enter。搜尋同時找中英文名字，並忽略重音符號及大小寫。</translation>
    </message>
    <message>
        <source>The badge prints on check-in if Settings say so; Print badge (Ctrl+P) reprints.</source>
        <translation>如「設定」已啟用，登記時會列印名牌；「列印名牌」(Ctrl+P) 可重印。</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z) takes back the check-in shown, with a reason. Older ones: click them in the list of latest check-ins, or use the Attendees screen.</source>
        <translation>「取消登記」(Ctrl+Z) 會撤回顯示中的登記，須註明原因。較早的登記：在最近登記的列表中點選，或使用「參加者」畫面。</translation>
    </message>
    <message>
        <source>Walk-in (F2) registers someone at the desk; a likely duplicate is shown first.</source>
        <translation>「現場登記」(F2) 可在登記處為新來的人報名；如可能重複，會先顯示相似紀錄。</translation>
    </message>
    <message>
        <source>If the event's server is away, the amber banner says so: go on scanning. Everything is kept at this desk and sent when the server is back.</source>
        <translation>如活動伺服器連線中斷，琥珀色橫額會作提示：請繼續掃描。所有資料都會保存在此登記處，伺服器恢復後便會傳送。</translation>
    </message>
    <message>
        <source>Attendees: everyone registered</source>
        <translation>參加者：所有已報名的人</translation>
    </message>
    <message>
        <source>Filter by typing (names in any script, organization, e-mail, number, code) and with the category, status, checked-in and printed lists.</source>
        <translation>輸入文字即可篩選（任何文字的姓名、機構、電郵、編號、名牌編號），亦可用類別、狀態、已登記及已印名牌選單篩選。</translation>
    </message>
    <message>
        <source>Double-click a row (or Ctrl+E) to edit; Notes (Ctrl+Shift+N) holds the note the desk shows on check-in.</source>
        <translation>雙擊一行（或按 Ctrl+E）即可編輯；「備註」(Ctrl+Shift+N) 存放登記時在登記處顯示的備註。</translation>
    </message>
    <message>
        <source>Check in or undo a check-in here too, cancel a registration, merge two registrations of one person (Ctrl+M), see a person's history (Ctrl+H).</source>
        <translation>在此亦可登記或取消登記、取消報名、合併同一人的兩個報名紀錄 (Ctrl+M)，以及查看個人紀錄 (Ctrl+H)。</translation>
    </message>
    <message>
        <source>Import brings in the CSV or Excel export of your ticketing; Export writes all, the current filter, or the selection.</source>
        <translation>「匯入」可載入票務系統匯出的 CSV 或 Excel 檔案；「匯出」可輸出全部、目前篩選結果或已選的參加者。</translation>
    </message>
    <message>
        <source>Schedule: the timetable</source>
        <translation>議程：時間表</translation>
    </message>
    <message>
        <source>Drag sessions from the unscheduled list to a room and time; drag to move, drag the lower edge to lengthen. Conflicts (a room or a speaker twice) are listed on the right.</source>
        <translation>把環節從未編排列表拖到房間和時段；拖動可移位，拖動下邊可延長。衝突（房間或講者重複）會列在右方。</translation>
    </message>
    <message>
        <source>Double-click a session to edit it, its speakers and its room. New session: Ctrl+Shift+N. Undo and redo: Ctrl+Z, Ctrl+Shift+Z or Ctrl+Y.</source>
        <translation>雙擊環節可編輯其內容、講者及房間。新增環節：Ctrl+Shift+N。復原及重做：Ctrl+Z、Ctrl+Shift+Z 或 Ctrl+Y。</translation>
    </message>
    <message>
        <source>Rooms and Tracks edit the rooms (with capacities) and the colour tracks.</source>
        <translation>「房間」及「主題」可編輯房間（連容量）和以顏色區分的主題。</translation>
    </message>
    <message>
        <source>Releases publishes a numbered version of the program: what changed is listed, and a release with conflicts asks first.</source>
        <translation>「發佈」會發佈一個附編號的議程版本：列出改動之處；如有衝突，發佈前會先詢問。</translation>
    </message>
    <message>
        <source>Badges: design and print</source>
        <translation>名牌：設計及列印</translation>
    </message>
    <message>
        <source>Choose a template and a sheet (one badge per page or several on a label sheet), and who to print (everyone, a category, not yet printed, a selection).</source>
        <translation>選擇範本及紙張（每頁一個名牌，或在標籤紙上印多個），再選擇為誰列印（所有人、某類別、尚未列印、已選的人）。</translation>
    </message>
    <message>
        <source>The designer shows the badge of a real attendee (the longest name first): drag items, change texts, colours and sizes, add a QR code or the event's logo.</source>
        <translation>設計區以真實參加者的名牌顯示（先顯示最長的名字）：可拖動項目，更改文字、顏色及大小，加入 QR 碼或活動標誌。</translation>
    </message>
    <message>
        <source>Category colours and the logo come from File &gt; Event details.</source>
        <translation>類別顏色及標誌來自「檔案 &gt; 活動資料」。</translation>
    </message>
    <message>
        <source>Print a calibration page first to set the printer's offsets.</source>
        <translation>請先列印校準頁，以設定打印機的位置偏移。</translation>
    </message>
    <message>
        <source>Dashboard: the event live</source>
        <translation>總覽：活動即時狀況</translation>
    </message>
    <message>
        <source>Arrivals by hour, check-ins by desk and by category, badges printed, and double admissions found after an outage. It refreshes by itself.</source>
        <translation>按時段的到場人數、各登記處及各類別的登記人數、已印名牌數目，以及斷線後發現的重複入場。畫面會自動更新。</translation>
    </message>
    <message>
        <source>The same figures come from the command confdesk dashboard --json (for a screen in the hall).</source>
        <translation>指令 confdesk dashboard --json 亦會輸出相同數字（可供會場內的螢幕使用）。</translation>
    </message>
    <message>
        <source>Program: the printed program</source>
        <translation>程序表：印刷版程序表</translation>
    </message>
    <message>
        <source>A grid per day, a program book, room signs and speaker itineraries as PDF, from the latest release or the working timetable.</source>
        <translation>以 PDF 製作每日時間表、程序冊、房間指示牌及講者行程，內容取自最新發佈版本或編排中的時間表。</translation>
    </message>
    <message>
        <source>Zoom (Ctrl+=, Ctrl+-, Ctrl+0) and pages (PgUp, PgDown) in the preview.</source>
        <translation>預覽中可縮放（Ctrl+=、Ctrl+-、Ctrl+0）及翻頁（PgUp、PgDown）。</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>鍵盤快速鍵</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>所有畫面</translation>
    </message>
    <message>
        <source>Confdesk help</source>
        <translation>Confdesk 說明</translation>
    </message>
    <message>
        <source>This screen</source>
        <translation>本畫面</translation>
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
    <name>HitDelegate</name>
    <message>
        <source>✖ Cancelled</source>
        <translation>✖ 已取消</translation>
    </message>
    <message>
        <source>✔ In {time}</source>
        <translation>✔ {time} 已登記</translation>
    </message>
    <message>
        <source>○ Not checked in</source>
        <translation>○ 未登記</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（沒有姓名）</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>Import schedule: {file}</source>
        <translation>匯入議程：{file}</translation>
    </message>
    <message>
        <source>{sessions} sessions in the file: {new} new, {updated} changed, {unchanged} unchanged; {withdrawn} withdrawn (not in the file any more); {conflicts} in conflict with edits made here.</source>
        <translation>檔案中有 {sessions} 個節目：{new} 個新增、{updated} 個有更改、{unchanged} 個不變；{withdrawn} 個撤回（檔案中已沒有）；{conflicts} 個與此處的修改有衝突。</translation>
    </message>
    <message>
        <source>What</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>節目</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>更改</translation>
    </message>
    <message>
        <source>and {count} new sessions</source>
        <translation>另有 {count} 個新節目</translation>
    </message>
    <message>
        <source>Where a session was edited here and the file changed it too, take the file's</source>
        <translation>如節目在此處修改過而檔案亦有更改，採用檔案的版本</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>匯入</translation>
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
    <name>ImportWords</name>
    <message>
        <source>{count} row(s) have neither an id nor an email: a later import of the same people cannot recognise them and will add them again</source>
        <translation>{count} 行既沒有編號也沒有電郵：日後再匯入同一批人時無法辨認，會再次新增</translation>
    </message>
    <message>
        <source>lines {line}-{end} were read as one row: a quote opened on line {line} closes only on line {end} (a stray quote?); fix the quote and import again</source>
        <translation>第 {line} 至 {end} 行被讀成一行：第 {line} 行開始的引號到第 {end} 行才結束（多了一個引號？）；請修正引號後再匯入</translation>
    </message>
    <message>
        <source>{cells} cells but the header has {columns} columns (a delimiter inside an unquoted value?)</source>
        <translation>有 {cells} 格，但標題只有 {columns} 欄（未加引號的內容中有分隔符？）</translation>
    </message>
    <message>
        <source>{field} cut to {limit} characters</source>
        <translation>{field}已截短至 {limit} 個字元</translation>
    </message>
    <message>
        <source>{field} is {length} characters long (at most {limit}); shorten it</source>
        <translation>{field}長 {length} 個字元（最多 {limit} 個）；請縮短</translation>
    </message>
    <message>
        <source>name is {length} characters long (at most {limit}); shorten it</source>
        <translation>姓名長 {length} 個字元（最多 {limit} 個）；請縮短</translation>
    </message>
    <message>
        <source>local name is {length} characters long (at most {limit})</source>
        <translation>中文姓名長 {length} 個字元（最多 {limit} 個）</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>沒有姓名</translation>
    </message>
    <message>
        <source>no name column mapped</source>
        <translation>未對應姓名欄</translation>
    </message>
    <message>
        <source>malformed email '{email}'</source>
        <translation>電郵格式有誤：'{email}'</translation>
    </message>
    <message>
        <source>unknown category '{value}': give it a value rule ({value}=attendee, speaker, vip...) or a default category</source>
        <translation>未知的類別 '{value}'：請為它設定對應規則（{value}=attendee、speaker、vip…）或預設類別</translation>
    </message>
    <message>
        <source>duplicate of line {line} (same id '{value}')</source>
        <translation>與第 {line} 行重複（編號 '{value}' 相同）</translation>
    </message>
    <message>
        <source>duplicate of line {line} (same email and name)</source>
        <translation>與第 {line} 行重複（電郵及姓名相同）</translation>
    </message>
    <message>
        <source>ticket code '{code}' is also on line {line}</source>
        <translation>票號 '{code}' 亦出現在第 {line} 行</translation>
    </message>
    <message>
        <source>email '{email}' is shared by {count} attendee(s) and this name is new: added as a new person (merge them if it is a name corrected upstream)</source>
        <translation>電郵 '{email}' 由 {count} 位參加者共用，而此姓名是新的：已新增為另一人（如只是上游更正了姓名，請合併）</translation>
    </message>
    <message>
        <source>email '{email}' and this name belong to {count} attendees; add an id column to tell them apart</source>
        <translation>電郵 '{email}' 及此姓名屬於 {count} 位參加者；請加入編號欄以作區分</translation>
    </message>
    <message>
        <source>matches the same attendee as line {line}</source>
        <translation>與第 {line} 行對應同一位參加者</translation>
    </message>
    <message>
        <source>ticket code '{code}' is the badge code of attendee #{owner}</source>
        <translation>票號 '{code}' 是參加者 #{owner} 的名牌編號</translation>
    </message>
    <message>
        <source>ticket code '{code}' already belongs to attendee #{owner}</source>
        <translation>票號 '{code}' 已屬於參加者 #{owner}</translation>
    </message>
</context>
<context>
    <name>ListsDialog</name>
    <message>
        <source>signed-up people first</source>
        <translation>已報名參加者優先</translation>
    </message>
    <message>
        <source>signed-up people only</source>
        <translation>只限已報名參加者</translation>
    </message>
    <message>
        <source>d MMM</source>
        <translation>M月d日</translation>
    </message>
    <message>
        <source>Badge pickup</source>
        <translation>領取名牌</translation>
    </message>
    <message>
        <source>Day {number} - {date}</source>
        <translation>第 {number} 日 - {date}</translation>
    </message>
    <message>
        <source>once per event, prints the badge</source>
        <translation>每場活動一次，並列印名牌</translation>
    </message>
    <message>
        <source>room {room}</source>
        <translation>房間 {room}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>{categories} only</source>
        <translation>只限{categories}</translation>
    </message>
    <message>
        <source>entry and exit</source>
        <translation>入場及離場</translation>
    </message>
    <message>
        <source>1 seat</source>
        <translation>1 個座位</translation>
    </message>
    <message>
        <source>{count} seats</source>
        <translation>{count} 個座位</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>once</source>
        <translation>一次</translation>
    </message>
    <message>
        <source>Check-in lists</source>
        <translation>簽到名單</translation>
    </message>
    <message>
        <source>List</source>
        <translation>名單</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>規則</translation>
    </message>
    <message>
        <source>In</source>
        <translation>已進場</translation>
    </message>
    <message>
        <source>Inside</source>
        <translation>場內</translation>
    </message>
    <message>
        <source>Add list…</source>
        <translation>新增名單…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Sign-ups…</source>
        <translation>報名名單…</translation>
    </message>
    <message>
        <source>Who may check in where: the badge pickup, one list per day, and your own lists for sessions, doors, round tables and categories. A desk chooses its list in its header.</source>
        <translation>誰可在哪裡登記：領取名牌、每日一個名單，以及你為環節、入口、圓桌會議和類別自設的名單。登記處在畫面頂部選擇使用的名單。</translation>
    </message>
    <message>
        <source>Remove list</source>
        <translation>移除名單</translation>
    </message>
    <message>
        <source>Remove {name} and its {count} check-ins?</source>
        <translation>要移除 {name} 及其 {count} 個登記紀錄嗎？</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <source>Desk locked</source>
        <translation>登記處已鎖定</translation>
    </message>
    <message>
        <source>&lt;h2&gt;{desk} is locked&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;{desk} 已鎖定&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Choose your name and give the staff PIN to go on.</source>
        <translation>請選擇你的名字並輸入職員 PIN 以繼續。</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解鎖</translation>
    </message>
    <message>
        <source>Operator:</source>
        <translation>操作員：</translation>
    </message>
    <message>
        <source>Staff PIN:</source>
        <translation>職員 PIN：</translation>
    </message>
    <message>
        <source>The desk is locked: unlock it, then scan again.</source>
        <translation>登記處已鎖定：請先解鎖，再重新掃描。</translation>
    </message>
    <message>
        <source>Too many wrong PINs: please wait (longer each time).</source>
        <translation>PIN 錯誤次數過多：請稍候（每次等候時間會更長）。</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>PIN 錯誤。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{desk} has {count} check-in or other actions waiting to be sent to the event: rename the desk once they are sent.</source>
        <translation>{desk} 有 {count} 個登記或其他操作待傳送到活動：傳送完成後才可重新命名登記處。</translation>
    </message>
    <message>
        <source>{desk} has {count} check-ins or other actions waiting to be sent to the event: rename the desk once they are sent.</source>
        <translation>{desk} 有 {count} 個登記或其他操作待傳送到活動：傳送完成後才可重新命名登記處。</translation>
    </message>
    <message>
        <source>The event's server cannot be reached: {desk} keeps its name until it can.</source>
        <translation>無法連接活動伺服器：連接前 {desk} 會保留原有名稱。</translation>
    </message>
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
        <source>Import &amp;schedule…</source>
        <translation>匯入議程(&amp;S)…</translation>
    </message>
    <message>
        <source>Export sc&amp;hedule…</source>
        <translation>匯出議程(&amp;H)…</translation>
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
        <source>Event database</source>
        <translation>活動資料庫</translation>
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
        <source>The {screen} screen could not open.</source>
        <translation>無法開啟「{screen}」畫面。</translation>
    </message>
    <message>
        <source>The file is no longer there</source>
        <translation>檔案已不存在</translation>
    </message>
    <message>
        <source>No other event opened yet</source>
        <translation>尚未開啟其他活動</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>清除列表</translation>
    </message>
    <message>
        <source>Event details</source>
        <translation>活動資料</translation>
    </message>
    <message>
        <source>Desk not renamed</source>
        <translation>登記處未重新命名</translation>
    </message>
    <message>
        <source>Choose the staff PIN that unlocks the desk.</source>
        <translation>請設定用來解鎖登記處的職員 PIN。</translation>
    </message>
    <message>
        <source>Choose the staff PIN that leaves kiosk mode. Attendees use the kiosk alone: only staff should know it.</source>
        <translation>請設定用來離開自助登記模式的職員 PIN。參加者會自行使用自助登記機：只應讓職員知道此 PIN。</translation>
    </message>
    <message>
        <source>About Confdesk</source>
        <translation>關於 Confdesk</translation>
    </message>
    <message>
        <source>Registration desk, timetable, badges and program for a conference, offline.</source>
        <translation>會議的登記處、時間表、名牌及程序表，無需網絡也能使用。</translation>
    </message>
    <message>
        <source>Database schema {schema}&lt;br&gt;Event database: {database}&lt;br&gt;Settings: {settings}&lt;br&gt;Qt for Python {qt}</source>
        <translation>資料庫結構 {schema}&lt;br&gt;活動資料庫：{database}&lt;br&gt;設定：{settings}&lt;br&gt;Qt for Python {qt}</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>External id</source>
        <translation>外部編號</translation>
    </message>
    <message>
        <source>Order code</source>
        <translation>訂單編號</translation>
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
    <name>NewEventDialog</name>
    <message>
        <source>Confdesk events (*.sqlite);;All files (*)</source>
        <translation>Confdesk 活動 (*.sqlite);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Open event</source>
        <translation>開啟活動</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>活動</translation>
    </message>
    <message>
        <source>{event} (unreadable address)</source>
        <translation>{event}（無法讀取的地址）</translation>
    </message>
    <message>
        <source>{event} — {where} (missing)</source>
        <translation>{event} — {where}（已不存在）</translation>
    </message>
    <message>
        <source>the event needs a name</source>
        <translation>請輸入活動名稱</translation>
    </message>
    <message>
        <source>choose a file for the new event</source>
        <translation>請為新活動選擇檔案</translation>
    </message>
    <message>
        <source>{path} already exists; choose another file name</source>
        <translation>{path} 已存在，請選擇其他檔案名稱</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>新增活動</translation>
    </message>
    <message>
        <source>e.g. Hong Kong AI Summit 2026</source>
        <translation>例如：2026 香港人工智能峰會</translation>
    </message>
    <message>
        <source>e.g. Hong Kong Science Park, Pak Shek Kok</source>
        <translation>例如：白石角香港科學園</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <translation>yyyy年M月d日 ddd</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>瀏覽…</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名稱：</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Venue:</source>
        <translation>場地：</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>時區：</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>檔案：</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>建立</translation>
    </message>
    <message>
        <source>New event file</source>
        <translation>新活動檔案</translation>
    </message>
</context>
<context>
    <name>PdfControls</name>
    <message>
        <source>Previous page (PgUp)</source>
        <translation>上一頁 (PgUp)</translation>
    </message>
    <message>
        <source>Next page (PgDown)</source>
        <translation>下一頁 (PgDown)</translation>
    </message>
    <message>
        <source>of {count}</source>
        <translation>／{count}</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>符合寬度</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>符合頁面</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>縮小 (Ctrl+-)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+=)</source>
        <translation>放大 (Ctrl+=)</translation>
    </message>
    <message>
        <source>fit width</source>
        <translation>符合寬度</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>頁</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <source>Fit the width</source>
        <translation>符合寬度</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>下一頁</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>上一頁</translation>
    </message>
    <message>
        <source>fit page</source>
        <translation>符合頁面</translation>
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
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>參加者</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>打印機</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>工作編號</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>嘗試紀錄</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>登記處</translation>
    </message>
    <message>
        <source>What the spooler said</source>
        <translation>列印系統回覆</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>排隊中</translation>
    </message>
    <message>
        <source>printing</source>
        <translation>列印中</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>已列印</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>已略過</translation>
    </message>
    <message>
        <source>PDF only</source>
        <translation>只存 PDF</translation>
    </message>
    <message>
        <source>desk</source>
        <translation>登記處</translation>
    </message>
    <message>
        <source>reprint</source>
        <translation>重印</translation>
    </message>
    <message>
        <source>failed: {error}</source>
        <translation>失敗：{error}</translation>
    </message>
    <message>
        <source>done (PDF only, no printer)</source>
        <translation>完成（只存 PDF，沒有打印機）</translation>
    </message>
    <message>
        <source>{person} ({kind}: {reason})</source>
        <translation>{person}（{kind}：{reason}）</translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>尚未送出</translation>
    </message>
    <message>
        <source>Print queue…</source>
        <translation>列印佇列…</translation>
    </message>
</context>
<context>
    <name>PrintQueueDialog</name>
    <message>
        <source>Print queue</source>
        <translation>列印佇列</translation>
    </message>
</context>
<context>
    <name>PrintQueuePanel</name>
    <message>
        <source>Cancel job</source>
        <translation>取消列印</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>重新送出</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>再次列印</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>重新整理</translation>
    </message>
    <message>
        <source>&lt;b&gt;This session at this desk&lt;/b&gt;</source>
        <translation>&lt;b&gt;本登記處（今次開啟後）&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Send to</source>
        <translation>送往</translation>
    </message>
    <message>
        <source>&lt;b&gt;Print log: recent desk prints&lt;/b&gt;</source>
        <translation>&lt;b&gt;列印紀錄：各登記處最近的列印&lt;/b&gt;</translation>
    </message>
    <message>
        <source>the desk's printers, in order</source>
        <translation>登記處的打印機（按次序）</translation>
    </message>
    <message>
        <source>the desk's printer</source>
        <translation>登記處的打印機</translation>
    </message>
    <message>
        <source>The print log cannot be read now: {error}</source>
        <translation>暫時無法讀取列印紀錄：{error}</translation>
    </message>
    <message>
        <source>dd MMM</source>
        <translation>M月d日</translation>
    </message>
    <message>
        <source>Cancelling the badge of {person}…</source>
        <translation>正在取消 {person} 的名牌…</translation>
    </message>
    <message>
        <source>That job has its answer already; nothing to cancel.</source>
        <translation>該工作已有結果，無法取消。</translation>
    </message>
    <message>
        <source>Sending the badge of {person} again to {printer}…</source>
        <translation>正在把 {person} 的名牌重新送往 {printer}…</translation>
    </message>
    <message>
        <source>Only a failed job is sent again, and a printer is needed.</source>
        <translation>只有失敗的工作可以重新送出，並須有打印機。</translation>
    </message>
    <message>
        <source>Printing the badge of {person} again…</source>
        <translation>正在重新列印 {person} 的名牌…</translation>
    </message>
</context>
<context>
    <name>PrinterPoolEditor</name>
    <message>
        <source>Add</source>
        <translation>加入</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下移</translation>
    </message>
</context>
<context>
    <name>ProgramScreen</name>
    <message>
        <source>Timetable grid (one per day)</source>
        <translation>時間表（每日一頁）</translation>
    </message>
    <message>
        <source>Program book</source>
        <translation>程序冊</translation>
    </message>
    <message>
        <source>Room door signs</source>
        <translation>場地門牌</translation>
    </message>
    <message>
        <source>Speaker itineraries</source>
        <translation>講者行程</translation>
    </message>
    <message>
        <source>By family name</source>
        <translation>按姓氏</translation>
    </message>
    <message>
        <source>By strokes (繁體)</source>
        <translation>按筆劃（繁體）</translation>
    </message>
    <message>
        <source>By Pinyin (简体)</source>
        <translation>按拼音（簡體）</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Chinese (繁體)</source>
        <translation>中文（繁體）</translation>
    </message>
    <message>
        <source>Chinese (简体)</source>
        <translation>中文（简体）</translation>
    </message>
    <message>
        <source>English and Chinese (繁體)</source>
        <translation>英文及中文（繁體）</translation>
    </message>
    <message>
        <source>English and Chinese (简体)</source>
        <translation>英文及中文（简体）</translation>
    </message>
    <message>
        <source>With attendance</source>
        <translation>附出席人數</translation>
    </message>
    <message>
        <source>How many came to each session, from its check-in list</source>
        <translation>每個環節的出席人數，按其簽到名單計算</translation>
    </message>
    <message>
        <source>How speakers are listed: English names by family name, or Chinese names by stroke count (Traditional readers) or by Pinyin (Simplified readers)</source>
        <translation>講者的排列方式：英文姓名按姓氏排序，中文姓名按筆劃（繁體讀者）或按拼音（簡體讀者）排序</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>姓名排序</translation>
    </message>
    <message>
        <source>The language of the program's titles, headings and dates; session titles and names print as they are</source>
        <translation>節目表的標題、小標題及日期所用的語言；節目名稱及姓名照原樣列印</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>產生</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>列印…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>儲存 PDF…</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>議程版本</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>紙張</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>Choose a document and press Generate.</source>
        <translation>請選擇文件，然後按「產生」。</translation>
    </message>
    <message>
        <source>All days</source>
        <translation>所有日子</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <translation>yyyy年M月d日 ddd</translation>
    </message>
    <message>
        <source>Latest release ({name}, {date})</source>
        <translation>最新版本（{name}，{date}）</translation>
    </message>
    <message>
        <source>Release {name} ({date})</source>
        <translation>版本 {name}（{date}）</translation>
    </message>
    <message>
        <source>Live draft (not published)</source>
        <translation>目前草稿（未發佈）</translation>
    </message>
    <message>
        <source>Generating the {document}…</source>
        <translation>正在產生{document}…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>all days</source>
        <translation>所有日子</translation>
    </message>
    <message>
        <source>ddd dd MMM</source>
        <translation>M月d日 ddd</translation>
    </message>
    <message>
        <source>{pages} page(s), {days}, {release} · made in {seconds} s</source>
        <translation>{pages} 頁，{days}，{release} · 用時 {seconds} 秒</translation>
    </message>
    <message>
        <source> · {count} warning(s)</source>
        <translation> · {count} 個警告</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>已取消，沒有寫入任何檔案。</translation>
    </message>
    <message>
        <source>Print the program</source>
        <translation>列印文件</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>正在列印…</translation>
    </message>
    <message>
        <source>the printer could not be opened</source>
        <translation>無法開啟打印機</translation>
    </message>
    <message>
        <source>Printed {printed} of {pages} page(s).</source>
        <translation>已列印 {printed} 頁（共 {pages} 頁）。</translation>
    </message>
    <message>
        <source>Save the PDF</source>
        <translation>儲存 PDF</translation>
    </message>
    <message>
        <source>cannot write {path}: {error}</source>
        <translation>無法寫入 {path}：{error}</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>已儲存至 {path}</translation>
    </message>
</context>
<context>
    <name>ProofDialog</name>
    <message>
        <source>No.</source>
        <translation>編號</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>範本</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>發現的問題</translation>
    </message>
    <message>
        <source>missing glyphs</source>
        <translation>缺字</translation>
    </message>
    <message>
        <source>text cut to fit</source>
        <translation>文字被截斷</translation>
    </message>
    <message>
        <source>invisible or direction characters</source>
        <translation>隱形或方向字元</translation>
    </message>
    <message>
        <source>right-to-left name</source>
        <translation>由右至左的姓名</translation>
    </message>
    <message>
        <source>name order</source>
        <translation>姓名次序</translation>
    </message>
    <message>
        <source>given name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>local name</source>
        <translation>原文姓名</translation>
    </message>
    <message>
        <source>organization</source>
        <translation>機構</translation>
    </message>
    <message>
        <source>job title</source>
        <translation>職銜</translation>
    </message>
    <message>
        <source>{item}: cut to “{text}” at {size} pt</source>
        <translation>{item}：被截斷為「{text}」（{size} pt）</translation>
    </message>
    <message>
        <source>{field}: no font prints “{chars}”</source>
        <translation>{field}：沒有字型能列印「{chars}」</translation>
    </message>
    <message>
        <source>{field}: hidden characters {chars}</source>
        <translation>{field}：含隱藏字元 {chars}</translation>
    </message>
    <message>
        <source>{field}: “{text}” prints right to left, shaped</source>
        <translation>{field}：「{text}」由右至左排印，已連寫</translation>
    </message>
    <message>
        <source>the Chinese name “{name}” has a space inside: family name first, no space</source>
        <translation>中文姓名「{name}」中間有空格：應姓先名後，不留空格</translation>
    </message>
    <message>
        <source>the Chinese name “{name}” may be given name first</source>
        <translation>中文姓名「{name}」可能名先姓後</translation>
    </message>
    <message>
        <source>{checked} badges checked: no problem found.</source>
        <translation>已檢查 {checked} 個名牌：沒有發現問題。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>{count} {problem}</source>
        <translation>{problem} {count} 個</translation>
    </message>
    <message>
        <source>{checked} badges checked: {problems} with problems ({found}). The proof PDF holds only those badges, each marked with what was found.</source>
        <translation>已檢查 {checked} 個名牌：{problems} 個有問題（{found}）。校對 PDF 只包括這些名牌，每個都標示了發現的問題。</translation>
    </message>
    <message>
        <source>Badge proof</source>
        <translation>名牌校對</translation>
    </message>
    <message>
        <source>Open proof PDF</source>
        <translation>開啟校對 PDF</translation>
    </message>
</context>
<context>
    <name>ReleasesDialog</name>
    <message>
        <source>{count} new</source>
        <translation>新增 {count}</translation>
    </message>
    <message>
        <source>{count} cancelled</source>
        <translation>取消 {count}</translation>
    </message>
    <message>
        <source>{count} moved</source>
        <translation>移動 {count}</translation>
    </message>
    <message>
        <source>{count} speakers</source>
        <translation>講者變更 {count}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>no changes</source>
        <translation>沒有變更</translation>
    </message>
    <message>
        <source>Schedule releases</source>
        <translation>議程發佈</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>發佈時間</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>環節</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>變更</translation>
    </message>
    <message>
        <source>Name, e.g. v2 or final</source>
        <translation>名稱，例如 v2 或正式版</translation>
    </message>
    <message>
        <source>Notes (optional)</source>
        <translation>備註（可留空）</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>發佈(&amp;P)</translation>
    </message>
    <message>
        <source>New release:</source>
        <translation>新版本：</translation>
    </message>
    <message>
        <source>Not yet published</source>
        <translation>尚未發佈</translation>
    </message>
    <message>
        <source>what the next release changes</source>
        <translation>下一個版本的變更</translation>
    </message>
    <message>
        <source>ddd dd MMM HH:mm</source>
        <translation>M月d日 ddd HH:mm</translation>
    </message>
    <message>
        <source>first release</source>
        <translation>首個版本</translation>
    </message>
    <message>
        <source>{count} open issues (conflicts, unscheduled or unconfirmed sessions). You can still publish.</source>
        <translation>有 {count} 個未解決的問題（衝突、未編排或未確認的環節）。仍可發佈。</translation>
    </message>
    <message>
        <source>{count} open issue (conflicts, unscheduled or unconfirmed sessions). You can still publish.</source>
        <translation>有 {count} 個未解決的問題（衝突、未編排或未確認的環節）。仍可發佈。</translation>
    </message>
    <message>
        <source>No open issues.</source>
        <translation>沒有未解決的問題。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Changes since the last release&lt;/b&gt;</source>
        <translation>&lt;b&gt;上一個版本之後的變更&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Changes in {name}&lt;/b&gt; (against the one before)</source>
        <translation>&lt;b&gt;{name} 的變更&lt;/b&gt;（與前一版本比較）</translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation>沒有變更。</translation>
    </message>
    <message>
        <source>{count} sessions</source>
        <translation>{count} 個環節</translation>
    </message>
    <message>
        <source>{count} session</source>
        <translation>{count} 個環節</translation>
    </message>
    <message>
        <source>{count} rooms</source>
        <translation>{count} 個場地</translation>
    </message>
    <message>
        <source>{count} room</source>
        <translation>{count} 個場地</translation>
    </message>
    <message>
        <source>{count} days</source>
        <translation>{count} 日</translation>
    </message>
    <message>
        <source>{count} day</source>
        <translation>{count} 日</translation>
    </message>
    <message>
        <source>The first release: it would hold {sessions}, {scheduled} of them scheduled, in {rooms} over {days}.</source>
        <translation>首個版本：將包括 {sessions}，其中 {scheduled} 個已編排，分佈於 {rooms}，共 {days}。</translation>
    </message>
    <message>
        <source>The first release: it holds {sessions}, {scheduled} of them scheduled, in {rooms} over {days}.</source>
        <translation>首個版本：包括 {sessions}，其中 {scheduled} 個已編排，分佈於 {rooms}，共 {days}。</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>…另有 {count} 項</translation>
    </message>
    <message>
        <source>The schedule has {count} open issues. Publish {name} anyway?</source>
        <translation>議程有 {count} 個未解決的問題。仍要發佈 {name} 嗎？</translation>
    </message>
    <message>
        <source>The schedule has {count} open issue. Publish {name} anyway?</source>
        <translation>議程有 {count} 個未解決的問題。仍要發佈 {name} 嗎？</translation>
    </message>
    <message>
        <source>Publish with open issues?</source>
        <translation>有未解決的問題，仍要發佈？</translation>
    </message>
    <message>
        <source>Publish anyway</source>
        <translation>仍然發佈</translation>
    </message>
    <message>
        <source>Not published: the open issues are listed above.</source>
        <translation>未發佈：未解決的問題已列於上方。</translation>
    </message>
    <message>
        <source>Published {name}.</source>
        <translation>已發佈 {name}。</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Confdesk backups (*.sqlite *.jsonl);;All files (*)</source>
        <translation>Confdesk 備份 (*.sqlite *.jsonl);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>升級前</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>手動</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <source>{size} kB</source>
        <translation>{size} KB</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>從備份還原</translation>
    </message>
    <message>
        <source>Choose the backup to bring back. Check-ins and changes made after it was written are not in it.</source>
        <translation>請選擇要還原的備份。備份之後的登記和更改不會包括在內。</translation>
    </message>
    <message>
        <source>This event is on a server shared by several desks: a backup is restored as a new event file on this computer (or with `confdesk restore` into an empty database).</source>
        <translation>此活動位於多個登記處共用的伺服器上：備份會還原為此電腦上的新活動檔案（或用 `confdesk restore` 還原到空白資料庫）。</translation>
    </message>
    <message>
        <source>No backups of this event yet: File &gt; Back up now writes one</source>
        <translation>此活動尚未有備份：可用「檔案 &gt; 立即備份」建立</translation>
    </message>
    <message>
        <source>Other backup file…</source>
        <translation>其他備份檔案…</translation>
    </message>
    <message>
        <source>Restore this event</source>
        <translation>還原此活動</translation>
    </message>
    <message>
        <source>Restore as a new event file…</source>
        <translation>還原為新活動檔案…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Restore from a backup file</source>
        <translation>從備份檔案還原</translation>
    </message>
    <message>
        <source>Replace the event with the backup {file}?

Check-ins and changes made after it was written will not be in the event. The current file is kept next to it as {stem}.replaced-….sqlite, and the event opens again from the backup.</source>
        <translation>要以備份 {file} 取代此活動嗎？

備份之後的登記和更改將不會保留在活動中。現有檔案會以 {stem}.replaced-….sqlite 保存在旁，活動會從備份重新開啟。</translation>
    </message>
    <message>
        <source>Restore as a new event file</source>
        <translation>還原為新活動檔案</translation>
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
        <source>Choose who is here</source>
        <translation>請選擇到場的人</translation>
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
        <source>Several people share this order: choose the one here and press Enter.</source>
        <translation>這張訂單有幾個人：選擇到場的那位，再按 Enter。</translation>
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
        <source>Scan a badge or type a name</source>
        <translation>請掃描名牌或輸入姓名</translation>
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
    <message>
        <source>(no name)</source>
        <translation>（沒有姓名）</translation>
    </message>
</context>
<context>
    <name>RoomsDialog</name>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>Available (event time; blank = always)</source>
        <translation>可用時間（活動時區；留空即全日可用）</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>場地</translation>
    </message>
    <message>
        <source>&amp;Add room</source>
        <translation>新增場地(&amp;A)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>刪除…</translation>
    </message>
    <message>
        <source>The order here is the order of the grid's columns. Availability: one window per line or separated by ';', e.g. 2026-12-03 09:00-18:00.</source>
        <translation>此處的次序即時間表各欄的次序。可用時間：每行一段，或以「;」分隔，例如 2026-12-03 09:00-18:00。</translation>
    </message>
    <message>
        <source>Room {number}</source>
        <translation>場地 {number}</translation>
    </message>
    <message>
        <source>Delete room</source>
        <translation>刪除場地</translation>
    </message>
    <message>
        <source>Delete {name}? Its sessions become unscheduled. This cannot be undone.</source>
        <translation>要刪除 {name} 嗎？其環節會變成未編排。此操作無法復原。</translation>
    </message>
    <message>
        <source>row {row}: a room needs a name</source>
        <translation>第 {row} 行：場地必須有名稱</translation>
    </message>
    <message>
        <source>two rooms are called {name}</source>
        <translation>有兩個場地都叫 {name}</translation>
    </message>
    <message>
        <source>{name}: the capacity must be a whole number, not {value}</source>
        <translation>{name}：容量必須是整數，不能是 {value}</translation>
    </message>
    <message>
        <source>Edit rooms ({count} changes)</source>
        <translation>修改場地（{count} 項變更）</translation>
    </message>
    <message>
        <source>Edit rooms ({count} change)</source>
        <translation>修改場地（{count} 項變更）</translation>
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
        <source>Merging likely duplicates</source>
        <translation>正在合併疑似重複的資料</translation>
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
    <name>ScanWords</name>
    <message>
        <source>Checked in</source>
        <translation>已登記</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>已報名</translation>
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
        <source>Nothing scanned</source>
        <translation>未有掃描內容</translation>
    </message>
    <message>
        <source>Not a badge code (too long)</source>
        <translation>不是名牌編號（太長）</translation>
    </message>
    <message>
        <source>Not a badge code (unreadable characters)</source>
        <translation>不是名牌編號（有無法讀取的字元）</translation>
    </message>
    <message>
        <source>Incomplete badge code: scan again</source>
        <translation>名牌編號不完整：請再掃描</translation>
    </message>
    <message>
        <source>Checked in for {list} (badge picked up on {day})</source>
        <translation>已於{list}登記（名牌已於{day}領取）</translation>
    </message>
    <message>
        <source>Not on this list: {categories} only</source>
        <translation>不在此名單：只限{categories}</translation>
    </message>
    <message>
        <source>Not today: this list is for {day}</source>
        <translation>不是今天：此名單適用於{day}</translation>
    </message>
    <message>
        <source>Outside this list's hours (opens {time})</source>
        <translation>不在此名單的時段（{time} 開始）</translation>
    </message>
    <message>
        <source>Outside this list's hours (closed at {time})</source>
        <translation>不在此名單的時段（已於 {time} 結束）</translation>
    </message>
    <message>
        <source>{list} has no exit scans</source>
        <translation>{list}不設離場掃描</translation>
    </message>
    <message>
        <source>Checked out of {list}</source>
        <translation>已離開{list}</translation>
    </message>
    <message>
        <source>Not inside {list}: no entry to end</source>
        <translation>不在{list}場內：沒有入場紀錄可結束</translation>
    </message>
    <message>
        <source>Not signed up for {list}</source>
        <translation>未報名{list}</translation>
    </message>
    <message>
        <source>Checked in for {list}</source>
        <translation>已於{list}登記</translation>
    </message>
    <message>
        <source>In again: {list}</source>
        <translation>再次進入：{list}</translation>
    </message>
    <message>
        <source>Full for walk-ups: {held} of the {seats} seats are held for signed-up people ({list})</source>
        <translation>現場人士已滿：{seats} 個座位中有 {held} 個留給已報名者（{list}）</translation>
    </message>
    <message>
        <source>Full: {inside} / {seats} ({list})</source>
        <translation>已滿：{inside} / {seats}（{list}）</translation>
    </message>
    <message>
        <source>Order {code}: {count} people - choose who is here</source>
        <translation>訂單 {code}：{count} 人 - 請選擇到場的人</translation>
    </message>
    <message>
        <source>Order {code}: {count} people, the first {shown} listed - choose who is here</source>
        <translation>訂單 {code}：{count} 人，列出首 {shown} 人 - 請選擇到場的人</translation>
    </message>
    <message>
        <source>Speaker: hand over speaker pack</source>
        <translation>講者：請派發講者資料包</translation>
    </message>
    <message>
        <source>VIP: call host</source>
        <translation>貴賓：請通知接待人員</translation>
    </message>
    <message>
        <source>Press: hand over press kit</source>
        <translation>傳媒：請派發傳媒資料包</translation>
    </message>
    <message>
        <source>Sponsor: hand over sponsor pack</source>
        <translation>贊助商：請派發贊助商資料包</translation>
    </message>
    <message>
        <source>Exhibitor: hand over booth pass</source>
        <translation>參展商：請派發攤位證</translation>
    </message>
    <message>
        <source>at {time}</source>
        <translation>於 {time}</translation>
    </message>
    <message>
        <source>on {day} at {time}</source>
        <translation>於{day} {time}</translation>
    </message>
    <message>
        <source>at {time} at {desk}</source>
        <translation>於 {time} 在{desk}</translation>
    </message>
    <message>
        <source>on {day} at {time} at {desk}</source>
        <translation>於{day} {time} 在{desk}</translation>
    </message>
    <message>
        <source>on {day}</source>
        <translation>於{day}</translation>
    </message>
    <message>
        <source>on {day} at {desk}</source>
        <translation>於{day}在{desk}</translation>
    </message>
    <message>
        <source>at {desk}</source>
        <translation>在{desk}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>{said} over capacity: {inside} / {seats}</source>
        <translation>{said}，已超出容量：{inside} / {seats}</translation>
    </message>
    <message>
        <source>{said} · {inside} / {seats}, nearly full</source>
        <translation>{said} · {inside} / {seats}，快將額滿</translation>
    </message>
    <message>
        <source>{said} · {inside} / {seats}</source>
        <translation>{said} · {inside} / {seats}</translation>
    </message>
    <message>
        <source>Already checked in {when}</source>
        <translation>已{when}登記</translation>
    </message>
    <message>
        <source>Already checked in</source>
        <translation>已登記過</translation>
    </message>
    <message>
        <source>Revoked badge (reprinted {when})</source>
        <translation>已作廢的名牌（{when}重印）</translation>
    </message>
    <message>
        <source>Revoked badge</source>
        <translation>已作廢的名牌</translation>
    </message>
    <message>
        <source>Already checked in for {list} {when} (inside)</source>
        <translation>已{when}於{list}登記（在場內）</translation>
    </message>
    <message>
        <source>Already checked in for {list} {when}</source>
        <translation>已{when}於{list}登記</translation>
    </message>
</context>
<context>
    <name>ScheduleCommand</name>
    <message>
        <source>Schedule “{title}”</source>
        <translation>編排「{title}」</translation>
    </message>
    <message>
        <source>Unschedule “{title}”</source>
        <translation>取消編排「{title}」</translation>
    </message>
    <message>
        <source>Resize “{title}”</source>
        <translation>調整「{title}」的時長</translation>
    </message>
    <message>
        <source>Move “{title}”</source>
        <translation>移動「{title}」</translation>
    </message>
    <message>
        <source>Edit “{title}”</source>
        <translation>修改「{title}」</translation>
    </message>
    <message>
        <source>New session “{title}”</source>
        <translation>新增環節「{title}」</translation>
    </message>
</context>
<context>
    <name>ScheduleController</name>
    <message>
        <source>Schedule</source>
        <translation>議程</translation>
    </message>
    <message>
        <source>the last undo or redo</source>
        <translation>上一次的復原或重做</translation>
    </message>
    <message>
        <source>Not saved: {what}. {reason}</source>
        <translation>未儲存：{what}。{reason}</translation>
    </message>
</context>
<context>
    <name>ScheduleScreen</name>
    <message>
        <source>Snap {minutes} min</source>
        <translation>對齊 {minutes} 分鐘</translation>
    </message>
    <message>
        <source>Grid step for moving and resizing sessions</source>
        <translation>移動及調整環節時長時的時間間距</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>復原</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <source>Fit day</source>
        <translation>顯示整日</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>下一日</translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation>上一日</translation>
    </message>
    <message>
        <source>New session…</source>
        <translation>新增環節…</translation>
    </message>
    <message>
        <source>Add a session</source>
        <translation>新增一個環節</translation>
    </message>
    <message>
        <source>Rooms…</source>
        <translation>場地…</translation>
    </message>
    <message>
        <source>Rooms and capacities</source>
        <translation>場地及容量</translation>
    </message>
    <message>
        <source>Tracks…</source>
        <translation>專題…</translation>
    </message>
    <message>
        <source>Tracks and colours</source>
        <translation>專題及顏色</translation>
    </message>
    <message>
        <source>Speakers…</source>
        <translation>講者…</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>講者</translation>
    </message>
    <message>
        <source>Releases…</source>
        <translation>發佈…</translation>
    </message>
    <message>
        <source>Publish a version, see what changed</source>
        <translation>發佈一個版本，查看有甚麼變更</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>匯入…</translation>
    </message>
    <message>
        <source>Import a schedule file (frab XML, pretalx or schedule2 JSON, a calendar): see what changes first</source>
        <translation>匯入議程檔案（frab XML、pretalx 或 schedule2 JSON、日曆）：先查看會有甚麼更改</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>匯出…</translation>
    </message>
    <message>
        <source>Write the schedule as frab XML, schedule JSON or iCalendar, or the speakers list as CSV or vCard</source>
        <translation>把議程寫成 frab XML、議程 JSON 或 iCalendar，或把講者名單寫成 CSV 或 vCard</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>議程</translation>
    </message>
    <message>
        <source>Undo {step} (Ctrl+Z)</source>
        <translation>復原：{step} (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>復原 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo {step} (Ctrl+Shift+Z, Ctrl+Y)</source>
        <translation>重做：{step} (Ctrl+Shift+Z, Ctrl+Y)</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z, Ctrl+Y)</source>
        <translation>重做 (Ctrl+Shift+Z, Ctrl+Y)</translation>
    </message>
    <message>
        <source>ddd dd MMM</source>
        <translation>M月d日 ddd</translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation>專題</translation>
    </message>
    <message>
        <source>Select a session in the unscheduled list first, then press U.</source>
        <translation>請先在未編排列表中選擇一個環節，然後按 U。</translation>
    </message>
    <message>
        <source>No free slot of {minutes} minutes on {day}.</source>
        <translation>{day}沒有 {minutes} 分鐘的空檔。</translation>
    </message>
    <message>
        <source>Import schedule</source>
        <translation>匯入議程</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>正在讀取 {file}…</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>正在匯入 {file}…</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was changed</source>
        <translation>已取消匯入：沒有任何更改</translation>
    </message>
    <message>
        <source>Imported {file}: {new} new, {updated} changed, {withdrawn} withdrawn, {conflicts} in conflict</source>
        <translation>已匯入 {file}：{new} 個新增、{updated} 個有更改、{withdrawn} 個撤回、{conflicts} 個衝突</translation>
    </message>
    <message>
        <source>Export schedule</source>
        <translation>匯出議程</translation>
    </message>
    <message>
        <source>Wrote {count} speakers to {file}</source>
        <translation>已將 {count} 位講者寫入 {file}</translation>
    </message>
    <message>
        <source>Wrote {count} sessions to {file}</source>
        <translation>已將 {count} 個節目寫入 {file}</translation>
    </message>
</context>
<context>
    <name>ScheduleStyle</name>
    <message>
        <source>Keynote</source>
        <translation>主題演講</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>演講</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>小組討論</translation>
    </message>
    <message>
        <source>Round table</source>
        <translation>圓桌會議</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>工作坊</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>休息</translation>
    </message>
    <message>
        <source>Plenary</source>
        <translation>全體大會</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已確認</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>講者</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>主持</translation>
    </message>
    <message>
        <source>Panelist</source>
        <translation>討論嘉賓</translation>
    </message>
    <message>
        <source>room booked twice</source>
        <translation>場地重複預訂</translation>
    </message>
    <message>
        <source>speaker in two places</source>
        <translation>講者時間重疊</translation>
    </message>
    <message>
        <source>speaker not available</source>
        <translation>講者未能出席</translation>
    </message>
    <message>
        <source>room not available</source>
        <translation>場地不可用</translation>
    </message>
    <message>
        <source>room too small</source>
        <translation>場地容量不足</translation>
    </message>
    <message>
        <source>outside the event days</source>
        <translation>不在活動日期內</translation>
    </message>
    <message>
        <source>tight changeover</source>
        <translation>轉場時間太短</translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation>未編排</translation>
    </message>
    <message>
        <source>not confirmed</source>
        <translation>未確認</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} 分鐘</translation>
    </message>
    <message>
        <source>{name} (moderator)</source>
        <translation>{name}（主持）</translation>
    </message>
    <message>
        <source>{name} (mod.)</source>
        <translation>{name}（主持）</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>衝突</translation>
    </message>
</context>
<context>
    <name>ScheduleTransfer</name>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>已更改</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>已移動</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>已恢復</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>衝突</translation>
    </message>
    <message>
        <source>title</source>
        <translation>標題</translation>
    </message>
    <message>
        <source>start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>room</source>
        <translation>房間</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>時長</translation>
    </message>
    <message>
        <source>track</source>
        <translation>分組</translation>
    </message>
    <message>
        <source>type</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>subtitle</source>
        <translation>副標題</translation>
    </message>
    <message>
        <source>abstract</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>description</source>
        <translation>簡介</translation>
    </message>
    <message>
        <source>language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>slug</source>
        <translation>短名</translation>
    </message>
    <message>
        <source>url</source>
        <translation>網址</translation>
    </message>
    <message>
        <source>speakers</source>
        <translation>講者</translation>
    </message>
    <message>
        <source>Schedules (*.xml *.json *.ics *.xcal);;frab XML (*.xml);;Schedule JSON (*.json);;Calendars (*.ics *.xcal)</source>
        <translation>議程檔案 (*.xml *.json *.ics *.xcal);;frab XML (*.xml);;議程 JSON (*.json);;日曆 (*.ics *.xcal)</translation>
    </message>
    <message>
        <source>frab XML (*.xml)</source>
        <translation>frab XML (*.xml)</translation>
    </message>
    <message>
        <source>frab XML, older c3voc schema (*.xml)</source>
        <translation>frab XML，舊版 c3voc 格式 (*.xml)</translation>
    </message>
    <message>
        <source>Schedule JSON (*.json)</source>
        <translation>議程 JSON (*.json)</translation>
    </message>
    <message>
        <source>c3voc schedule2 JSON (*.json)</source>
        <translation>c3voc schedule2 JSON (*.json)</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar 日曆 (*.ics)</translation>
    </message>
    <message>
        <source>Speakers list, CSV (*.csv)</source>
        <translation>講者名單，CSV (*.csv)</translation>
    </message>
    <message>
        <source>Speakers list, vCard (*.vcf)</source>
        <translation>講者名單，vCard 名片 (*.vcf)</translation>
    </message>
    <message>
        <source>ddd dd MMM</source>
        <translation>M月d日（ddd）</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} 分鐘</translation>
    </message>
    <message>
        <source>{field}: here {here}, in the file {file}</source>
        <translation>{field}：此處為 {here}，檔案為 {file}</translation>
    </message>
    <message>
        <source>not in the file any more</source>
        <translation>檔案中已沒有</translation>
    </message>
    <message>
        <source>in the file again</source>
        <translation>再次出現在檔案中</translation>
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
    <name>SessionDialog</name>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>Cantonese</source>
        <translation>粵語</translation>
    </message>
    <message>
        <source>Chinese (Traditional)</source>
        <translation>中文（繁體）</translation>
    </message>
    <message>
        <source>Chinese (Simplified)</source>
        <translation>中文（簡體）</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>日文</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>韓文</translation>
    </message>
    <message>
        <source>French</source>
        <translation>法文</translation>
    </message>
    <message>
        <source>German</source>
        <translation>德文</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>西班牙文</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>新增環節</translation>
    </message>
    <message>
        <source>Session: {title}</source>
        <translation>環節：{title}</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分鐘</translation>
    </message>
    <message>
        <source>(no track)</source>
        <translation>（無專題）</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不詳</translation>
    </message>
    <message>
        <source>Spans all rooms</source>
        <translation>橫跨所有場地</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>講者</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Add speaker</source>
        <translation>新增講者</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>標題(&amp;T)</translation>
    </message>
    <message>
        <source>S&amp;ubtitle</source>
        <translation>副標題(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Abstract</source>
        <translation>摘要(&amp;A)</translation>
    </message>
    <message>
        <source>T&amp;ype</source>
        <translation>類型(&amp;Y)</translation>
    </message>
    <message>
        <source>T&amp;rack</source>
        <translation>專題(&amp;R)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>Expected audience</source>
        <translation>預計人數</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>狀態(&amp;S)</translation>
    </message>
    <message>
        <source>From the file</source>
        <translation>匯入檔案資料</translation>
    </message>
    <message>
        <source>&lt;b&gt;Speakers&lt;/b&gt; (in billing order)</source>
        <translation>&lt;b&gt;講者&lt;/b&gt;（按宣傳次序）</translation>
    </message>
    <message>
        <source>Links: {items}</source>
        <translation>連結：{items}</translation>
    </message>
    <message>
        <source>Attachments: {items}</source>
        <translation>附件：{items}</translation>
    </message>
    <message>
        <source>Feedback: {link}</source>
        <translation>意見回饋：{link}</translation>
    </message>
    <message>
        <source>Source page: {link}</source>
        <translation>來源頁面：{link}</translation>
    </message>
    <message>
        <source>Submission code: {code}</source>
        <translation>投稿編號：{code}</translation>
    </message>
    <message>
        <source>Not to be streamed</source>
        <translation>不作直播</translation>
    </message>
    <message>
        <source>A session needs a title.</source>
        <translation>環節必須有標題。</translation>
    </message>
    <message>
        <source>A speaker is listed twice.</source>
        <translation>有講者重複列出。</translation>
    </message>
    <message>
        <source>No speaker called {name}; add them first.</source>
        <translation>沒有名為 {name} 的講者：請先新增。</translation>
    </message>
</context>
<context>
    <name>SessionItem</name>
    <message>
        <source>all rooms</source>
        <translation>所有場地</translation>
    </message>
    <message>
        <source>no room</source>
        <translation>未有場地</translation>
    </message>
    <message>
        <source>Track: {name}</source>
        <translation>專題：{name}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>event.sqlite or postgresql+psycopg://...</source>
        <translation>event.sqlite 或 postgresql+psycopg://...</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>瀏覽…</translation>
    </message>
    <message>
        <source>who is working at this desk (kept in the logs)</source>
        <translation>在此登記處當值的人（會記錄在紀錄中）</translation>
    </message>
    <message>
        <source>Event database:</source>
        <translation>活動資料庫：</translation>
    </message>
    <message>
        <source>A file on this computer, or a PostgreSQL URL shared by several desks. --db and CONFDESK_DB take precedence.</source>
        <translation>此電腦上的檔案，或多個登記處共用的 PostgreSQL URL。以命令列參數或環境變數指定的資料庫優先。</translation>
    </message>
    <message>
        <source>Desk name:</source>
        <translation>登記處名稱：</translation>
    </message>
    <message>
        <source>Operator now:</source>
        <translation>目前操作員：</translation>
    </message>
    <message>
        <source>Badge printers:</source>
        <translation>名牌打印機：</translation>
    </message>
    <message>
        <source>In order: a badge goes to the first printer that is ready and to the next when one fails, is paused or out of paper. None: badges are only saved as PDFs.</source>
        <translation>按次序：名牌會送往第一部就緒的打印機；如打印機出錯、暫停或缺紙，便改用下一部。不設打印機：名牌只會儲存為 PDF。</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分鐘</translation>
    </message>
    <message>
        <source>never</source>
        <translation>不備份</translation>
    </message>
    <message>
        <source>every</source>
        <translation>每</translation>
    </message>
    <message>
        <source>keeping the last</source>
        <translation>保留最近</translation>
    </message>
    <message>
        <source>Automatic backup:</source>
        <translation>自動備份：</translation>
    </message>
    <message>
        <source>Appearance:</source>
        <translation>外觀：</translation>
    </message>
    <message>
        <source>As the system ({language}) · 跟隨系統 · 跟随系统</source>
        <translation>跟隨系統（{language}）</translation>
    </message>
    <message>
        <source>Language · 語言 · 语言:</source>
        <translation>語言 · 语言：</translation>
    </message>
    <message>
        <source>Event database</source>
        <translation>活動資料庫</translation>
    </message>
    <message>
        <source>Confdesk events (*.sqlite);;All files (*)</source>
        <translation>Confdesk 活動 (*.sqlite);;所有檔案 (*)</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>Creating the demo event…</source>
        <translation>正在建立示範活動…</translation>
    </message>
    <message>
        <source>cannot connect to {server}, and desk {desk} has no copy of the event yet: it needs the server once before it can work without it</source>
        <translation>無法連接 {server}，而登記處 {desk} 尚未有活動的副本：須先連接伺服器一次，之後才可離線運作</translation>
    </message>
    <message>
        <source>DAMAGED - {title}</source>
        <translation>已損壞 - {title}</translation>
    </message>
    <message>
        <source>The event file is damaged</source>
        <translation>活動檔案已損壞</translation>
    </message>
    <message>
        <source>The event was restored from {file}.</source>
        <translation>活動已從 {file} 還原。</translation>
    </message>
    <message>
        <source>The file it replaced is kept as {file}.</source>
        <translation>被取代的檔案已保存為 {file}。</translation>
    </message>
    <message>
        <source>Nothing was restored: {error}</source>
        <translation>沒有還原任何內容：{error}</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>還原</translation>
    </message>
    <message>
        <source>{file} already exists; choose a new file name</source>
        <translation>{file} 已存在；請選擇新的檔案名稱</translation>
    </message>
    <message>
        <source>Open another event database, create a new event, or quit.</source>
        <translation>請開啟另一個活動資料庫、建立新活動，或結束。</translation>
    </message>
    <message>
        <source>Open another…</source>
        <translation>開啟其他…</translation>
    </message>
    <message>
        <source>New event…</source>
        <translation>新增活動…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>結束</translation>
    </message>
</context>
<context>
    <name>SignupsDialog</name>
    <message>
        <source>Sign-ups: {list}</source>
        <translation>報名名單：{list}</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>次序</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Came</source>
        <translation>已到</translation>
    </message>
    <message>
        <source>type a name, 中文名, e-mail or number to sign up</source>
        <translation>輸入英文名、中文名、電郵或編號以報名參加</translation>
    </message>
    <message>
        <source>Sign up</source>
        <translation>報名參加</translation>
    </message>
    <message>
        <source>Cancel sign-up…</source>
        <translation>取消報名參加…</translation>
    </message>
    <message>
        <source>waiting {place}</source>
        <translation>輪候第 {place} 位</translation>
    </message>
    <message>
        <source>seat {place}</source>
        <translation>座位 {place}</translation>
    </message>
    <message>
        <source>Choose the person first: type their name above.</source>
        <translation>請先選擇參加者：在上方輸入姓名。</translation>
    </message>
    <message>
        <source>Choose the sign-up to cancel in the list.</source>
        <translation>請在名單中選擇要取消的報名。</translation>
    </message>
    <message>
        <source>Cancel sign-up</source>
        <translation>取消報名參加</translation>
    </message>
    <message>
        <source>Why is {name} off?</source>
        <translation>{name} 為何取消？</translation>
    </message>
</context>
<context>
    <name>SpeakersDialog</name>
    <message>
        <source>Speakers</source>
        <translation>講者</translation>
    </message>
    <message>
        <source>Filter speakers…</source>
        <translation>篩選講者…</translation>
    </message>
    <message>
        <source>&amp;New speaker</source>
        <translation>新增講者(&amp;N)</translation>
    </message>
    <message>
        <source>Blank: throughout the event.
2026-12-03 09:00-18:00</source>
        <translation>留空：整個活動期間均可出席。
2026-12-03 09:00-18:00</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <source>Chinese &amp;name</source>
        <translation>中文姓名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Organization</source>
        <translation>機構(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>職銜(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>電郵(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Bio</source>
        <translation>簡介(&amp;B)</translation>
    </message>
    <message>
        <source>A&amp;vailable</source>
        <translation>可出席時間(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Attendee</source>
        <translation>參加者(&amp;A)</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>環節</translation>
    </message>
    <message>
        <source>&amp;Save speaker</source>
        <translation>儲存講者(&amp;S)</translation>
    </message>
    <message>
        <source>ddd HH:mm</source>
        <translation>ddd HH:mm</translation>
    </message>
    <message>
        <source>{title} ({when})</source>
        <translation>{title}（{when}）</translation>
    </message>
    <message>
        <source>{title} (unscheduled)</source>
        <translation>{title}（未編排）</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>暫時沒有</translation>
    </message>
    <message>
        <source>Availability {error}</source>
        <translation>可出席時間：{error}</translation>
    </message>
    <message>
        <source>A speaker needs a name.</source>
        <translation>講者必須有姓名。</translation>
    </message>
    <message>
        <source>New speaker {name}</source>
        <translation>新增講者 {name}</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>沒有任何更改。</translation>
    </message>
    <message>
        <source>Edit speaker {name}</source>
        <translation>修改講者 {name}</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已儲存。</translation>
    </message>
</context>
<context>
    <name>StaffBox</name>
    <message>
        <source>A PIN is {low} to {high} digits.</source>
        <translation>PIN 須為 {low} 至 {high} 位數字。</translation>
    </message>
    <message>
        <source>The two PINs differ.</source>
        <translation>兩次輸入的 PIN 不相同。</translation>
    </message>
    <message>
        <source>Staff: kiosk and desk lock</source>
        <translation>職員：自助登記及登記處鎖定</translation>
    </message>
    <message>
        <source>PIN set: type a new one to change it</source>
        <translation>已設定 PIN：輸入新 PIN 即可更改</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>尚未設定</translation>
    </message>
    <message>
        <source>one name per line: chosen when the desk is unlocked</source>
        <translation>每行一個名字：解鎖登記處時選擇</translation>
    </message>
    <message>
        <source> min idle</source>
        <translation> 分鐘無操作</translation>
    </message>
    <message>
        <source>never</source>
        <translation>不鎖定</translation>
    </message>
    <message>
        <source>Start this laptop as a self-service kiosk</source>
        <translation>以自助登記機模式啟動此電腦</translation>
    </message>
    <message>
        <source>Staff PIN:</source>
        <translation>職員 PIN：</translation>
    </message>
    <message>
        <source>PIN again:</source>
        <translation>再次輸入 PIN：</translation>
    </message>
    <message>
        <source>Operators:</source>
        <translation>操作員：</translation>
    </message>
    <message>
        <source>Lock the desk after:</source>
        <translation>登記處自動鎖定：</translation>
    </message>
    <message>
        <source>Kiosk:</source>
        <translation>自助登記：</translation>
    </message>
    <message>
        <source>Set a staff PIN first: it unlocks the desk and leaves kiosk mode.</source>
        <translation>請先設定職員 PIN：用來解鎖登記處及離開自助登記模式。</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>Same as the system</source>
        <translation>跟隨系統</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>淺色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
</context>
<context>
    <name>TimetableView</name>
    <message>
        <source>No rooms yet.
Add them with Rooms… in the toolbar, then drag sessions here.</source>
        <translation>尚未有場地。
請用工具列的「場地…」新增，然後把環節拖到這裏。</translation>
    </message>
</context>
<context>
    <name>TracksDialog</name>
    <message>
        <source>Tracks</source>
        <translation>專題</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>顏色</translation>
    </message>
    <message>
        <source>&amp;Add track</source>
        <translation>新增專題(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation>顏色(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Remove track</source>
        <translation>移除專題(&amp;R)</translation>
    </message>
    <message>
        <source>Track colour</source>
        <translation>專題顏色</translation>
    </message>
    <message>
        <source>Track {number}</source>
        <translation>專題 {number}</translation>
    </message>
    <message>
        <source>Remove the track {name}? Its {count} session(s) keep their place, with no track. This cannot be undone.</source>
        <translation>要移除專題 {name} 嗎？其 {count} 個環節會保留原有時間及場地，但不屬任何專題。此操作無法復原。</translation>
    </message>
    <message>
        <source>Remove the track {name}? This cannot be undone.</source>
        <translation>要移除專題 {name} 嗎？此操作無法復原。</translation>
    </message>
    <message>
        <source>Remove track</source>
        <translation>移除專題</translation>
    </message>
    <message>
        <source>Edit tracks</source>
        <translation>修改專題</translation>
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
    <name>UnscheduledPanel</name>
    <message>
        <source>Filter…</source>
        <translation>篩選…</translation>
    </message>
    <message>
        <source>Drag a session onto the grid, or select it and press U to place it in the first free slot. Drop a block from the grid here to unschedule it.</source>
        <translation>把環節拖到時間表上，或選擇後按 U，放到第一個空檔。把時間表上的環節拖到這裏即取消編排。</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} 分鐘</translation>
    </message>
    <message>
        <source>Unscheduled</source>
        <translation>未編排</translation>
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
        <source>name@example.com</source>
        <translation>電郵地址</translation>
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
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Confdesk opened a demo event to try everything on: the Hong Kong AI Summit 2026, with made-up attendees (names in English and Chinese), speakers and a two-day timetable. Scan, check in, print badges and move sessions as you like: it is not your event, and your event will be a file of its own.</source>
        <translation>Confdesk 已開啟一個示範活動供你試用：2026 香港人工智能峰會，內有虛構的參加者（英文及中文姓名）、講者和兩日的時間表。你可隨意掃描、登記、列印名牌和調動議程：這不是你的活動，你的活動會另存為獨立檔案。</translation>
    </message>
    <message>
        <source>Welcome to Confdesk</source>
        <translation>歡迎使用 Confdesk</translation>
    </message>
    <message>
        <source>&lt;b&gt;Create your event&lt;/b&gt;: its name, days, venue and time zone; then import your registrations or add people at the desk.&lt;br&gt;&lt;b&gt;Import registrations&lt;/b&gt;: create your event and bring in the CSV or Excel export of your ticketing or form tool straight away.</source>
        <translation>&lt;b&gt;建立你的活動&lt;/b&gt;：設定名稱、日期、場地和時區；然後匯入報名資料，或在登記處加入參加者。&lt;br&gt;&lt;b&gt;匯入報名資料&lt;/b&gt;：建立活動後，立即匯入票務或表格工具匯出的 CSV 或 Excel 檔案。</translation>
    </message>
    <message>
        <source>Create your event…</source>
        <translation>建立你的活動…</translation>
    </message>
    <message>
        <source>Import registrations…</source>
        <translation>匯入報名資料…</translation>
    </message>
    <message>
        <source>Explore the demo</source>
        <translation>試用示範活動</translation>
    </message>
</context>
<context>
    <name>_RoomHeader</name>
    <message>
        <source>{count} seats</source>
        <translation>{count} 個座位</translation>
    </message>
</context>
</TS>
