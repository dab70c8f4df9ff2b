<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AddListDialog</name>
    <message>
        <source>Anyone, while seats are free</source>
        <translation>任何人（尚有座位时）</translation>
    </message>
    <message>
        <source>Signed-up people first (their seats held)</source>
        <translation>已报名参加者优先（保留其座位）</translation>
    </message>
    <message>
        <source>Signed-up people only</source>
        <translation>仅限已报名参加者</translation>
    </message>
    <message>
        <source>Add a check-in list</source>
        <translation>添加签到名单</translation>
    </message>
    <message>
        <source>Round table: AI safety</source>
        <translation>圆桌会议：人工智能安全</translation>
    </message>
    <message>
        <source>A session's list admits on its day from 30 minutes before it starts until it ends, at its room's door</source>
        <translation>场次的名单在该场次当天、开始前 30 分钟至结束期间，在其会议室入口使用</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>(no room)</source>
        <translation>（无会议室）</translation>
    </message>
    <message>
        <source>every category; or e.g. press, vip</source>
        <translation>所有类别；或输入类别代码，用逗号分隔</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>时:分</translation>
    </message>
    <message>
        <source>Entry and exit scans (a door: in again after going out)</source>
        <translation>入场和离场扫描（入口：离场后可再入场）</translation>
    </message>
    <message>
        <source>no limit (or the room's)</source>
        <translation>不限（或按会议室容量）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>For the session</source>
        <translation>所属场次</translation>
    </message>
    <message>
        <source>At the door of</source>
        <translation>会议室入口</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Open from</source>
        <translation>开放时间</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>座位</translation>
    </message>
    <message>
        <source>Admits</source>
        <translation>入场对象</translation>
    </message>
    <message>
        <source>Add list</source>
        <translation>添加名单</translation>
    </message>
</context>
<context>
    <name>ArrivalsChart</name>
    <message>
        <source>Arrivals per {minutes} minutes</source>
        <translation>每 {minutes} 分钟到场人数</translation>
    </message>
    <message>
        <source>No check-ins yet</source>
        <translation>暂无签到</translation>
    </message>
    <message>
        <source>check-ins per {minutes} min</source>
        <translation>每 {minutes} 分钟签到人数</translation>
    </message>
</context>
<context>
    <name>AttendeeActions</name>
    <message>
        <source>Add attendee</source>
        <translation>添加参会者</translation>
    </message>
    <message>
        <source>Register someone without checking them in</source>
        <translation>只报名，不立即签到</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Edit the selected attendee</source>
        <translation>编辑选中的参会者</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Notes and the desk note</source>
        <translation>备注及签到处备注</translation>
    </message>
    <message>
        <source>Cancel registration</source>
        <translation>取消报名</translation>
    </message>
    <message>
        <source>Cancel or restore the selected registration</source>
        <translation>取消或恢复选中的报名</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Merge two registrations</source>
        <translation>合并两条报名记录</translation>
    </message>
    <message>
        <source>History</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Check-ins and changes</source>
        <translation>签到及修改记录</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>签到</translation>
    </message>
    <message>
        <source>Check the selected attendee in at this desk</source>
        <translation>在本签到处为选中的参会者签到</translation>
    </message>
    <message>
        <source>Undo check-in</source>
        <translation>撤销签到</translation>
    </message>
    <message>
        <source>Take back the selected attendee's check-in</source>
        <translation>撤销选中参会者的签到</translation>
    </message>
    <message>
        <source>Sign up…</source>
        <translation>报名参加…</translation>
    </message>
    <message>
        <source>Sign the selected attendee up for a round table or workshop (a seat, else the waiting list)</source>
        <translation>为选中的参会者报名圆桌会议或工作坊（有名额即占座，否则进入候补名单）</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复报名</translation>
    </message>
    <message>
        <source>Added: {name} (not checked in).</source>
        <translation>已添加：{name}（未签到）。</translation>
    </message>
    <message>
        <source>Restore registration</source>
        <translation>恢复报名</translation>
    </message>
    <message>
        <source>Restore the registration of {name}? Reason (for the log):</source>
        <translation>要恢复 {name} 的报名吗？原因（记入日志）：</translation>
    </message>
    <message>
        <source>Cancel the registration of {name}? Reason (for the log):</source>
        <translation>要取消 {name} 的报名吗？原因（记入日志）：</translation>
    </message>
    <message>
        <source>Checked in: {name} at {desk}.</source>
        <translation>已签到：{name}（{desk}）。</translation>
    </message>
    <message>
        <source>Not checked in</source>
        <translation>未能签到</translation>
    </message>
    <message>
        <source>Check-in of {name} undone.</source>
        <translation>已撤销 {name} 的签到。</translation>
    </message>
    <message>
        <source>No list takes sign-ups yet: add one in File &gt; Check-in lists…</source>
        <translation>还没有可报名的名单：请在“文件 &gt; 签到名单…”中添加。</translation>
    </message>
    <message>
        <source>Sign up</source>
        <translation>报名参加</translation>
    </message>
    <message>
        <source>Sign up for:</source>
        <translation>报名参加：</translation>
    </message>
</context>
<context>
    <name>AttendeePicker</name>
    <message>
        <source>(not linked) type a name, 中文名, e-mail or number</source>
        <translation>（未关联）输入姓名、中文名、邮箱或编号</translation>
    </message>
</context>
<context>
    <name>AttendeeTableModel</name>
    <message>
        <source>Registered</source>
        <translation>已报名</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
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
        <translation>单位</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家／地区</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>签到时间</translation>
    </message>
    <message>
        <source>Badge printed</source>
        <translation>胸牌打印时间</translation>
    </message>
    <message>
        <source>ddd dd MMM HH:mm</source>
        <translation>M月d日 ddd HH:mm</translation>
    </message>
    <message>
        <source>{time} at {desk}</source>
        <translation>{time} 于 {desk}</translation>
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
        <translation>参会者操作</translation>
    </message>
    <message>
        <source>Filter: name, 中文名, organization, email, number, code…</source>
        <translation>筛选：姓名、中文名、单位、邮箱、编号、胸牌编码…</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>所有类别</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>所有状态</translation>
    </message>
    <message>
        <source>Checked in: {answer}</source>
        <translation>已签到：{answer}</translation>
    </message>
    <message>
        <source>Printed: {answer}</source>
        <translation>已打印胸牌：{answer}</translation>
    </message>
    <message>
        <source>{count} attendees</source>
        <translation>{count} 位参会者</translation>
    </message>
    <message>
        <source>{count} attendee</source>
        <translation>{count} 位参会者</translation>
    </message>
</context>
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
    <name>BadgePrinter</name>
    <message>
        <source>Never print on check-in</source>
        <translation>签到时不打印</translation>
    </message>
    <message>
        <source>Print if not printed yet</source>
        <translation>未打印过则打印</translation>
    </message>
    <message>
        <source>Always print on check-in</source>
        <translation>签到时总是打印</translation>
    </message>
    <message>
        <source>lost badge</source>
        <translation>胸牌遗失</translation>
    </message>
    <message>
        <source>damaged badge</source>
        <translation>胸牌损坏</translation>
    </message>
    <message>
        <source>name corrected</source>
        <translation>更正姓名</translation>
    </message>
    <message>
        <source>printer jam</source>
        <translation>打印机卡纸</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Reprint badge</source>
        <translation>补打胸牌</translation>
    </message>
    <message>
        <source>Why is this badge printed again? (lost badge: the badge gets a new code and the old one is refused)</source>
        <translation>为什么补打此胸牌？（胸牌遗失：胸牌将换新编码，旧编码随即作废）</translation>
    </message>
    <message>
        <source>badge PDF saved to {path}, but printing failed: {error}</source>
        <translation>胸牌 PDF 已保存到 {path}，但打印失败：{error}</translation>
    </message>
    <message>
        <source>Badge: {message}</source>
        <translation>胸牌：{message}</translation>
    </message>
    <message>
        <source>Badge printed on {printer} (job {job}): {path} ({ms} ms)</source>
        <translation>胸牌已在 {printer} 打印（任务 {job}）：{path}（{ms} ms）</translation>
    </message>
    <message>
        <source>Badge printed on {printer}: {path} ({ms} ms)</source>
        <translation>胸牌已在 {printer} 打印：{path}（{ms} ms）</translation>
    </message>
    <message>
        <source>Badge PDF saved (no badge printer chosen; not counted as printed): {path} ({ms} ms)</source>
        <translation>胸牌 PDF 已保存（未选胸牌打印机，不计为已打印）：{path}（{ms} ms）</translation>
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
        <translation>A4 每页 10 个 80×50 mm（Avery L4785）</translation>
    </message>
    <message>
        <source>A4, 4 x A6 (cut)</source>
        <translation>A4 每页 4 个 A6（需裁切）</translation>
    </message>
    <message>
        <source>US Letter, 6 x 4x3 in (Avery 5392 / 74541)</source>
        <translation>美式 Letter 每页 6 个 4×3 英寸（Avery 5392／74541）</translation>
    </message>
    <message>
        <source>US Letter, 8 x 3.375x2.333 in (Avery 5395)</source>
        <translation>美式 Letter 每页 8 个 3.375×2.333 英寸（Avery 5395）</translation>
    </message>
    <message>
        <source>One badge per page (page = badge size)</source>
        <translation>每页一个胸牌（页面即胸牌尺寸）</translation>
    </message>
    <message>
        <source>4 x 3 in landscape badge (Avery 5392)</source>
        <translation>4×3 英寸横向胸牌（Avery 5392）</translation>
    </message>
    <message>
        <source>4 x 6 in direct thermal badge</source>
        <translation>4×6 英寸热敏胸牌</translation>
    </message>
    <message>
        <source>A6 portrait conference badge (105 x 148 mm)</source>
        <translation>A6 竖向会议胸牌（105×148 mm）</translation>
    </message>
    <message>
        <source>CR80 / ID-1 card (85.6 x 54 mm)</source>
        <translation>CR80 / ID-1 卡（85.6×54 mm）</translation>
    </message>
    <message>
        <source>Batch and printer</source>
        <translation>批量打印和打印机</translation>
    </message>
    <message>
        <source>Designer</source>
        <translation>胸牌设计</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>所有类别</translation>
    </message>
    <message>
        <source>Only attendees without a printed badge</source>
        <translation>仅限未打印胸牌的参会者</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>姓氏</translation>
    </message>
    <message>
        <source>Category, then family name</source>
        <translation>类别，再按姓氏</translation>
    </message>
    <message>
        <source>optional: attendee ids, e.g. 12, 40, 41</source>
        <translation>选填：参会者编号，例如 12, 40, 41</translation>
    </message>
    <message>
        <source>Crop marks</source>
        <translation>裁切线</translation>
    </message>
    <message>
        <source>Make PDF for printing…</source>
        <translation>生成打印用 PDF…</translation>
    </message>
    <message>
        <source>Each badge in the PDF is logged as printed to that file and counts as printed (dashboard, 'only without a printed badge', the desk's 'print if not printed')</source>
        <translation>PDF 中的每个胸牌都会记录为已打印到该文件，并计为已打印（概览、“仅限未打印胸牌的参会者”、签到处的“未打印过则打印”）</translation>
    </message>
    <message>
        <source>Make proof PDF…</source>
        <translation>生成校样 PDF…</translation>
    </message>
    <message>
        <source>A PDF to check: nothing is logged, nobody marked printed</source>
        <translation>供检查用的 PDF：不做记录，也不会标记为已打印</translation>
    </message>
    <message>
        <source>Check all badges…</source>
        <translation>检查所有胸牌…</translation>
    </message>
    <message>
        <source>Before the event: every attendee through the template that will print them (missing characters, names cut, invisible characters, name order); a proof PDF of the badges with problems</source>
        <translation>活动前：用实际打印的模板逐一检查每位参会者的胸牌（缺字、姓名被截断、不可见字符、姓名顺序），并为有问题的胸牌生成校样 PDF</translation>
    </message>
    <message>
        <source>Send to badge printer</source>
        <translation>发送到胸牌打印机</translation>
    </message>
    <message>
        <source>Print the last batch PDF on the printer chosen below</source>
        <translation>用下方选定的打印机打印上一批 PDF</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批量打印</translation>
    </message>
    <message>
        <source>By category…</source>
        <translation>按类别…</translation>
    </message>
    <message>
        <source>Give speakers, VIPs... a template of their own</source>
        <translation>为演讲嘉宾、贵宾等设置专属模板</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>纸张</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>指定编号</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>排序</translation>
    </message>
    <message>
        <source>Save printer settings</source>
        <translation>保存打印机设置</translation>
    </message>
    <message>
        <source>Print calibration page</source>
        <translation>打印校准页</translation>
    </message>
    <message>
        <source>Desk printing</source>
        <translation>签到处打印</translation>
    </message>
    <message>
        <source>Badge printer</source>
        <translation>胸牌打印机</translation>
    </message>
    <message>
        <source>On check-in</source>
        <translation>签到时</translation>
    </message>
    <message>
        <source>Desk template</source>
        <translation>签到处模板</translation>
    </message>
    <message>
        <source>Printer offset</source>
        <translation>打印机偏移</translation>
    </message>
    <message>
        <source>PDF folder</source>
        <translation>PDF 文件夹</translation>
    </message>
    <message>
        <source>Preview: the longest name in the event</source>
        <translation>预览：活动中最长的姓名</translation>
    </message>
    <message>
        <source>{category}: {template}</source>
        <translation>{category}：{template}</translation>
    </message>
    <message>
        <source>PDF only (no printer)</source>
        <translation>仅 PDF（不用打印机）</translation>
    </message>
    <message>
        <source>Warnings: {warnings}</source>
        <translation>警告：{warnings}</translation>
    </message>
    <message>
        <source>the selection must be attendee ids separated by commas</source>
        <translation>指定编号必须是以逗号分隔的参会者编号</translation>
    </message>
    <message>
        <source>Save badges for printing</source>
        <translation>保存打印用胸牌</translation>
    </message>
    <message>
        <source>Save proof badges</source>
        <translation>保存校样胸牌</translation>
    </message>
    <message>
        <source>Rendering badges…</source>
        <translation>正在生成胸牌…</translation>
    </message>
    <message>
        <source>Rendering proof badges…</source>
        <translation>正在生成校样胸牌…</translation>
    </message>
    <message>
        <source>Save the badge proof</source>
        <translation>保存胸牌校样</translation>
    </message>
    <message>
        <source>Checking every badge…</source>
        <translation>正在检查每个胸牌…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>{badges} badges on {pages} pages: {path}</source>
        <translation>{badges} 个胸牌，共 {pages} 页：{path}</translation>
    </message>
    <message>
        <source>{count} badges marked printed (for printing)</source>
        <translation>{count} 个胸牌已标记为已打印（打印用）</translation>
    </message>
    <message>
        <source>Proof: no badge marked printed</source>
        <translation>校样：没有胸牌标记为已打印</translation>
    </message>
    <message>
        <source>{count} badges with warnings (see the print log)</source>
        <translation>{count} 个胸牌有警告（见打印记录）</translation>
    </message>
    <message>
        <source>Cancelled; no badge was logged as printed.</source>
        <translation>已取消，没有胸牌记录为已打印。</translation>
    </message>
    <message>
        <source>Saved: {policy}, printer {printer}</source>
        <translation>已保存：{policy}，打印机：{printer}</translation>
    </message>
    <message>
        <source>none (PDF only)</source>
        <translation>无（仅 PDF）</translation>
    </message>
    <message>
        <source>Make a batch PDF and choose a badge printer first.</source>
        <translation>请先生成批量 PDF，并选择胸牌打印机。</translation>
    </message>
    <message>
        <source>Sent {path} to {printer} (job {job})</source>
        <translation>已将 {path} 发送到 {printer}（任务 {job}）</translation>
    </message>
    <message>
        <source>; {count} badges marked printed</source>
        <translation>；{count} 个胸牌已标记为已打印</translation>
    </message>
    <message>
        <source>Not printed: {error}</source>
        <translation>未能打印：{error}</translation>
    </message>
    <message>
        <source>Calibration page: {path} (job {job})</source>
        <translation>校准页：{path}（任务 {job}）</translation>
    </message>
    <message>
        <source>Calibration page: {path}</source>
        <translation>校准页：{path}</translation>
    </message>
</context>
<context>
    <name>CategoryTemplatesDialog</name>
    <message>
        <source>Same as the batch</source>
        <translation>与批量打印相同</translation>
    </message>
    <message>
        <source>Templates by category</source>
        <translation>按类别设置模板</translation>
    </message>
    <message>
        <source>A category with a template of its own gets it on every badge printed, in batches and at the desk. Its template must have the batch's size and sides.</source>
        <translation>设有专属模板的类别，无论批量打印还是在签到处打印，每个胸牌都会使用该模板。该模板的尺寸和印刷面须与批量打印的模板相同。</translation>
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
        <translation>合并到此人</translation>
    </message>
    <message>
        <source>Add as a new person</source>
        <translation>新增为另一人</translation>
    </message>
    <message>
        <source>Skip this row</source>
        <translation>跳过这一行</translation>
    </message>
    <message>
        <source>same e-mail and name</source>
        <translation>相同邮箱和姓名</translation>
    </message>
    <message>
        <source>same name and organization</source>
        <translation>相同姓名和机构</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Nothing has been written yet. Every row is checked first.</source>
        <translation>尚未写入任何数据：会先逐行检查。</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>该行内容</translation>
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
        <translation>处理方式</translation>
    </message>
    <message>
        <source>For &amp;all:</source>
        <translation>全部(&amp;A)：</translation>
    </message>
    <message>
        <source>Import the valid rows and skip the rejected ones</source>
        <translation>导入有效的行，跳过被拒绝的行</translation>
    </message>
    <message>
        <source>Save rejected rows…</source>
        <translation>保存被拒绝的行…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>正在逐行检查…</translation>
    </message>
    <message>
        <source>{created} to add, {updated} to update, {unchanged} unchanged, {rejected} rejected, of {total} rows.</source>
        <translation>共 {total} 行：将新增 {created} 行、更新 {updated} 行，{unchanged} 行不变，{rejected} 行被拒绝。</translation>
    </message>
    <message>
        <source>{count} new rows look like someone already here. Choose what the import does with each:</source>
        <translation>有 {count} 行新数据疑似已报名的人。请为每一行选择处理方式：</translation>
    </message>
    <message>
        <source>Check cancelled.</source>
        <translation>已取消检查。</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>被拒绝的行</translation>
    </message>
</context>
<context>
    <name>ChoosePinDialog</name>
    <message>
        <source>Staff PIN</source>
        <translation>工作人员 PIN</translation>
    </message>
    <message>
        <source>New PIN (4-12 digits):</source>
        <translation>新 PIN（4 至 12 位数字）：</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>再次输入：</translation>
    </message>
</context>
<context>
    <name>ConflictWords</name>
    <message>
        <source>{room}: “{a}” {a_when} overlaps “{b}” {b_when}</source>
        <translation>{room}：“{a}”{a_when} 与“{b}”{b_when} 时间重叠</translation>
    </message>
    <message>
        <source>{room} during a plenary: “{a}” {a_when} overlaps “{b}” {b_when}</source>
        <translation>全体大会期间的{room}：“{a}”{a_when} 与“{b}”{b_when} 时间重叠</translation>
    </message>
    <message>
        <source>two plenaries: “{a}” {a_when} overlaps “{b}” {b_when}</source>
        <translation>两个全体大会：“{a}”{a_when} 与“{b}”{b_when} 时间重叠</translation>
    </message>
    <message>
        <source>{name} is in “{a}” {a_when} and “{b}” {b_when}</source>
        <translation>{name} 同时在“{a}”{a_when} 和“{b}”{b_when}</translation>
    </message>
    <message>
        <source>{name} has {gap} min from “{a}” ({a_room}, ends {a_end}) to “{b}” ({b_room}, {b_start}); needs {needs}</source>
        <translation>{name} 从“{a}”（{a_room}，{a_end} 结束）到“{b}”（{b_room}，{b_start}）只有 {gap} 分钟；需要 {needs} 分钟</translation>
    </message>
    <message>
        <source>{name} is not available for “{a}” {a_when}</source>
        <translation>{name} 在“{a}”{a_when} 没有空</translation>
    </message>
    <message>
        <source>{room} is not available for “{a}” {a_when}</source>
        <translation>{room} 在“{a}”{a_when} 不可使用</translation>
    </message>
    <message>
        <source>“{a}” expects {expected} people; {room} holds {capacity}</source>
        <translation>“{a}”预计 {expected} 人；{room} 只能容纳 {capacity} 人</translation>
    </message>
    <message>
        <source>“{a}” on {day} is outside the event ({first} - {last})</source>
        <translation>“{a}”在{day}，不在活动日期内（{first} 至 {last}）</translation>
    </message>
    <message>
        <source>“{a}” has no time yet</source>
        <translation>“{a}”尚未安排时间</translation>
    </message>
    <message>
        <source>“{a}” has no room yet</source>
        <translation>“{a}”尚未安排房间</translation>
    </message>
    <message>
        <source>“{a}” is still a draft</source>
        <translation>“{a}”仍是草稿</translation>
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
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Changeover: the least time a speaker needs between sessions in different rooms</source>
        <translation>转场时间：演讲嘉宾在不同会议室的场次之间至少需要的时间</translation>
    </message>
    <message>
        <source>Changeover</source>
        <translation>转场时间</translation>
    </message>
    <message>
        <source>{count} conflicts</source>
        <translation>{count} 个冲突</translation>
    </message>
    <message>
        <source>{count} conflict</source>
        <translation>{count} 个冲突</translation>
    </message>
    <message>
        <source>No conflicts</source>
        <translation>没有冲突</translation>
    </message>
</context>
<context>
    <name>CoreWords</name>
    <message>
        <source>--map {item}: the file has no column named {column} (columns: {headers})</source>
        <translation>--map {item}：文件没有名为 {column} 的列（列：{headers}）</translation>
    </message>
    <message>
        <source>--map {item}: unknown field {target} (fields: {value})</source>
        <translation>--map {item}：不明字段 {target}（字段：{value}）</translation>
    </message>
    <message>
        <source>--map {item}: write it as COLUMN=field, e.g. 'E-mail=email'</source>
        <translation>--map {item}：请写成「列=字段」，例如 'E-mail=email'</translation>
    </message>
    <message>
        <source>Category band</source>
        <translation>类别色带</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>Image {name}</source>
        <translation>图片 {name}</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>标志</translation>
    </message>
    <message>
        <source>QR</source>
        <translation>QR 码</translation>
    </message>
    <message>
        <source>a category's template is one saved in the event or built in</source>
        <translation>类别的模板必须是活动中已储存的或内置的模板</translation>
    </message>
    <message>
        <source>a day is YYYY-MM-DD or the day's number, not {text}</source>
        <translation>日子应写成 YYYY-MM-DD 或第几天，而不是 {text}</translation>
    </message>
    <message>
        <source>a duration of {n} minutes is longer than a day</source>
        <translation>{n} 分钟的时长超过一天</translation>
    </message>
    <message>
        <source>a release needs a name, such as v1 or final</source>
        <translation>版本需要名称，例如 v1 或 final</translation>
    </message>
    <message>
        <source>a room has no field {unknown}</source>
        <translation>会议室没有字段 {unknown}</translation>
    </message>
    <message>
        <source>a room needs a name</source>
        <translation>会议室需要名称</translation>
    </message>
    <message>
        <source>a session has no field {unknown}</source>
        <translation>场次没有字段 {unknown}</translation>
    </message>
    <message>
        <source>a session needs a duration</source>
        <translation>场次需要时长</translation>
    </message>
    <message>
        <source>a session needs a title</source>
        <translation>场次需要标题</translation>
    </message>
    <message>
        <source>a speaker has no field {unknown}</source>
        <translation>演讲嘉宾没有字段 {unknown}</translation>
    </message>
    <message>
        <source>a speaker needs a name</source>
        <translation>演讲嘉宾需要名字</translation>
    </message>
    <message>
        <source>a track colour is #rrggbb, not {value}</source>
        <translation>分组颜色应为 #rrggbb，而不是 {value}</translation>
    </message>
    <message>
        <source>a track has no field {key}</source>
        <translation>分组没有字段 {key}</translation>
    </message>
    <message>
        <source>a track needs a name</source>
        <translation>分组需要名称</translation>
    </message>
    <message>
        <source>an attendee needs a name: given or family name, or the name in Chinese</source>
        <translation>参加者需要名字：名、姓，或中文姓名</translation>
    </message>
    <message>
        <source>an availability window ends before it starts ({a} - {b})</source>
        <translation>可出席时段的结束早于开始（{a} - {b}）</translation>
    </message>
    <message>
        <source>an availability window needs a start and an end</source>
        <translation>可出席时段需要开始和结束时间</translation>
    </message>
    <message>
        <source>attendee {attendee_id} was merged into {merged_into_id}: reissue that badge</source>
        <translation>参加者 {attendee_id} 已合并至 {merged_into_id}：请为该记录重新发放胸牌</translation>
    </message>
    <message>
        <source>attendee {attendee_id} was merged into {merged_into_id}; change that one</source>
        <translation>参加者 {attendee_id} 已合并至 {merged_into_id}；请修改该记录</translation>
    </message>
    <message>
        <source>cannot connect to PostgreSQL at {where} (database {database}): {text}</source>
        <translation>无法连接 {where} 的 PostgreSQL（数据库 {database}）：{text}</translation>
    </message>
    <message>
        <source>cannot create folder {folder}: {value}</source>
        <translation>无法创建文件夹 {folder}：{value}</translation>
    </message>
    <message>
        <source>cannot create {path}: the folder {folder} does not exist</source>
        <translation>无法创建 {path}：文件夹 {folder} 不存在</translation>
    </message>
    <message>
        <source>cannot edit {unknown}: editable are {EDITABLE}</source>
        <translation>不能修改 {unknown}：可修改的是 {EDITABLE}</translation>
    </message>
    <message>
        <source>cannot open {describe}: {known}</source>
        <translation>无法打开 {describe}：{known}</translation>
    </message>
    <message>
        <source>cannot open {describe}: {text}</source>
        <translation>无法打开 {describe}：{text}</translation>
    </message>
    <message>
        <source>cannot read sheet preset {name}: {exc}</source>
        <translation>无法读取纸张预设 {name}：{exc}</translation>
    </message>
    <message>
        <source>cannot read template {p}: it is a folder, not a JSON file</source>
        <translation>无法读取模板 {p}：这是文件夹，不是 JSON 文件</translation>
    </message>
    <message>
        <source>cannot read template {p}: not a Confdesk badge template (invalid JSON at line {lineno}, column {colno}: {msg})</source>
        <translation>无法读取模板 {p}：不是 Confdesk 胸牌模板（第 {lineno} 行第 {colno} 列的 JSON 无效：{msg}）</translation>
    </message>
    <message>
        <source>cannot read template {p}: not a Confdesk badge template (not UTF-8 text)</source>
        <translation>无法读取模板 {p}：不是 Confdesk 胸牌模板（不是 UTF-8 文本）</translation>
    </message>
    <message>
        <source>cannot read template {p}: {exc}</source>
        <translation>无法读取模板 {p}：{exc}</translation>
    </message>
    <message>
        <source>cannot read template {p}: {value}</source>
        <translation>无法读取模板 {p}：{value}</translation>
    </message>
    <message>
        <source>cannot read {name}: {value}</source>
        <translation>无法读取 {name}：{value}</translation>
    </message>
    <message>
        <source>cannot read {path}: permission denied</source>
        <translation>无法读取 {path}：没有权限</translation>
    </message>
    <message>
        <source>cannot read {path}: {value}</source>
        <translation>无法读取 {path}：{value}</translation>
    </message>
    <message>
        <source>cannot read {p}: {strerror}</source>
        <translation>无法读取 {p}：{strerror}</translation>
    </message>
    <message>
        <source>cannot sort by {sort}: choose one of {value}</source>
        <translation>无法按 {sort} 排序：请选择 {value} 其中之一</translation>
    </message>
    <message>
        <source>cannot write the backup to {dest}: folder missing or not writable</source>
        <translation>无法把备份写入 {dest}：文件夹不存在或不可写入</translation>
    </message>
    <message>
        <source>cannot write the backup to {where}: permission denied</source>
        <translation>无法把备份写入 {where}：没有权限</translation>
    </message>
    <message>
        <source>cannot write the backup to {where}: {reason}</source>
        <translation>无法把备份写入 {where}：{reason}</translation>
    </message>
    <message>
        <source>cannot write the rejected rows to {path}: the disk is full; nothing was imported</source>
        <translation>无法把被拒绝的行写入 {path}：磁盘已满；没有导入任何数据</translation>
    </message>
    <message>
        <source>cannot write the rejected rows to {path}: the disk is read-only; nothing was imported</source>
        <translation>无法把被拒绝的行写入 {path}：磁盘只读；没有导入任何数据</translation>
    </message>
    <message>
        <source>cannot write the rejected rows to {path}: {why}; nothing was imported</source>
        <translation>无法把被拒绝的行写入 {path}：{why}；没有导入任何数据</translation>
    </message>
    <message>
        <source>cannot write the rejected rows to {p}: no such folder {folder}</source>
        <translation>无法把被拒绝的行写入 {p}：没有文件夹 {folder}</translation>
    </message>
    <message>
        <source>cannot write to folder {folder}: permission denied</source>
        <translation>无法写入文件夹 {folder}：没有权限</translation>
    </message>
    <message>
        <source>cannot write {out}: {value}</source>
        <translation>无法写入 {out}：{value}</translation>
    </message>
    <message>
        <source>cannot write {path}: {value}</source>
        <translation>无法写入 {path}：{value}</translation>
    </message>
    <message>
        <source>choose two different records to merge</source>
        <translation>请选择两个不同的记录来合并</translation>
    </message>
    <message>
        <source>column {column} names no list for {shown}{more}: add the lists, or give --value 'VALUE=LIST NAME'; nobody was signed up</source>
        <translation>列 {column} 没有对应 {shown}{more} 的名单：请添加名单，或用 --value 'VALUE=LIST NAME' 指定；没有为任何人报名</translation>
    </message>
    <message>
        <source>day {index}: a room without a name ({count} events skipped)</source>
        <translation>第 {index} 天：有会议室没有名称（跳过 {count} 个场次）</translation>
    </message>
    <message>
        <source>day {index}: no date; its events were skipped</source>
        <translation>第 {index} 天：没有日期；跳过当天的场次</translation>
    </message>
    <message>
        <source>day {index}: rooms is not an object; skipped</source>
        <translation>第 {index} 天：rooms 不是对象；已跳过</translation>
    </message>
    <message>
        <source>day {n}: not an object; skipped</source>
        <translation>第 {n} 天：不是对象；已跳过</translation>
    </message>
    <message>
        <source>enter a name: given or family name, or the name in Chinese</source>
        <translation>请输入名字：名、姓，或中文姓名</translation>
    </message>
    <message>
        <source>event {n}: not an object; skipped</source>
        <translation>第 {n} 个项目：不是对象；已跳过</translation>
    </message>
    <message>
        <source>export to .xml, .json or .ics (the speakers list to .csv or .vcf), not {name}</source>
        <translation>请导出为 .xml、.json 或 .ics（演讲嘉宾名单为 .csv 或 .vcf），而不是 {name}</translation>
    </message>
    <message>
        <source>folder does not exist: {parent}</source>
        <translation>文件夹不存在：{parent}</translation>
    </message>
    <message>
        <source>folder {parent} does not exist</source>
        <translation>文件夹 {parent} 不存在</translation>
    </message>
    <message>
        <source>give a reason for cancelling the registration</source>
        <translation>请填写取消报名的原因</translation>
    </message>
    <message>
        <source>give a reason for the new badge code (e.g. lost badge)</source>
        <translation>请填写更换胸牌编号的原因（例如遗失胸牌）</translation>
    </message>
    <message>
        <source>give a reason for undoing the check-in</source>
        <translation>请填写取消签到的原因</translation>
    </message>
    <message>
        <source>give the list a name</source>
        <translation>请为名单命名</translation>
    </message>
    <message>
        <source>given with --timezone</source>
        <translation>由 --timezone 指定</translation>
    </message>
    <message>
        <source>keep at least one automatic backup</source>
        <translation>最少要保留一个自动备份</translation>
    </message>
    <message>
        <source>likely duplicates are merged, added or skipped, not {action}</source>
        <translation>疑似重复的数据只能合并、新增或跳过，不能 {action}</translation>
    </message>
    <message>
        <source>line {line}: a likely duplicate is merged, added or skipped, not {action}</source>
        <translation>第 {line} 行：疑似重复的数据只能合并、新增或跳过，不能 {action}</translation>
    </message>
    <message>
        <source>line {n}: the window ends before it starts</source>
        <translation>第 {n} 行：时段的结束早于开始</translation>
    </message>
    <message>
        <source>line {n}: {raw} has an impossible date or time</source>
        <translation>第 {n} 行：{raw} 的日期或时间不存在</translation>
    </message>
    <message>
        <source>line {n}: {raw} is not a window such as 2026-12-03 09:00-18:00</source>
        <translation>第 {n} 行：{raw} 不是时段，应像 2026-12-03 09:00-18:00</translation>
    </message>
    <message>
        <source>line {n}: {t} does not exist in {zone} (the clocks change)</source>
        <translation>第 {n} 行：{t} 在 {zone} 不存在（时钟在此时调整）</translation>
    </message>
    <message>
        <source>lost the connection to the PostgreSQL server: nothing was written</source>
        <translation>与 PostgreSQL 服务器的连接中断：没有写入任何数据</translation>
    </message>
    <message>
        <source>no attendee matches this selection; nothing printed</source>
        <translation>没有参加者符合这个选择；没有打印任何胸牌</translation>
    </message>
    <message>
        <source>no attendee with id {attendee_id}</source>
        <translation>没有编号为 {attendee_id} 的参加者</translation>
    </message>
    <message>
        <source>no backup at {path}</source>
        <translation>{path} 没有备份</translation>
    </message>
    <message>
        <source>no check-in list {ref} (the lists: {names})</source>
        <translation>没有签到名单 {ref}（现有名单：{names}）</translation>
    </message>
    <message>
        <source>no database at {path}; create one with `confdesk init --name NAME` or `confdesk demo`</source>
        <translation>{path} 没有数据库；请用 `confdesk init --name NAME` 或 `confdesk demo` 建立</translation>
    </message>
    <message>
        <source>no export format {fmt} (formats: {names})</source>
        <translation>没有 {fmt} 这种导出格式（可用格式：{names}）</translation>
    </message>
    <message>
        <source>no file at {path}</source>
        <translation>{path} 没有文件</translation>
    </message>
    <message>
        <source>no file name given for the rejected rows</source>
        <translation>未提供被拒绝行的文件名称</translation>
    </message>
    <message>
        <source>no folder {parent}</source>
        <translation>没有文件夹 {parent}</translation>
    </message>
    <message>
        <source>no font for {count} character(s) ({scripts}: {shown}); they are left out</source>
        <translation>没有字体可显示 {count} 个字符（{scripts}：{shown}）；这些字符会略去</translation>
    </message>
    <message>
        <source>no printable attendee with id {map} (unknown, cancelled or merged)</source>
        <translation>没有可打印、编号为 {map} 的参加者（不明、已取消或已合并）</translation>
    </message>
    <message>
        <source>no registration has a column {column} (an import keeps the columns it does not map under their header)</source>
        <translation>没有报名记录有 {column} 列（导入时未对应的列会以其标题保存）</translation>
    </message>
    <message>
        <source>no room named {room}</source>
        <translation>没有名为 {room} 的会议室</translation>
    </message>
    <message>
        <source>no room named {room} (rooms: {names})</source>
        <translation>没有名为 {room} 的会议室（会议室：{names}）</translation>
    </message>
    <message>
        <source>no schedule release with id {release_id}</source>
        <translation>没有编号为 {release_id} 的日程版本</translation>
    </message>
    <message>
        <source>no schedule release {release}; `confdesk schedule releases` lists them</source>
        <translation>没有日程版本 {release}；`confdesk schedule releases` 会列出所有版本</translation>
    </message>
    <message>
        <source>no session with id {session_id}</source>
        <translation>没有编号为 {session_id} 的场次</translation>
    </message>
    <message>
        <source>no speaker named {speaker}</source>
        <translation>没有名为 {speaker} 的演讲嘉宾</translation>
    </message>
    <message>
        <source>no speakers to export; nothing was written</source>
        <translation>没有可导出的演讲嘉宾；没有写入任何文件</translation>
    </message>
    <message>
        <source>no such file: {p}</source>
        <translation>没有这个文件：{p}</translation>
    </message>
    <message>
        <source>no such folder: {parent}</source>
        <translation>没有这个文件夹：{parent}</translation>
    </message>
    <message>
        <source>no {what} with id {ident} (deleted in another window?)</source>
        <translation>没有编号为 {ident} 的 {what}（已在另一个窗口删除？）</translation>
    </message>
    <message>
        <source>not a Confdesk badge template (format must be confdesk-badge-template)</source>
        <translation>不是 Confdesk 胸牌模板（format 必须是 confdesk-badge-template）</translation>
    </message>
    <message>
        <source>not a date (YYYY-MM-DD): {day}</source>
        <translation>不是日期（YYYY-MM-DD）：{day}</translation>
    </message>
    <message>
        <source>not a date and time: {value}</source>
        <translation>不是日期和时间：{value}</translation>
    </message>
    <message>
        <source>not a date and time: {value} (use 2026-09-27T09:30)</source>
        <translation>不是日期和时间：{value}（请写成 2026-09-27T09:30）</translation>
    </message>
    <message>
        <source>not a valid database URL (postgresql+psycopg://USER@HOST:PORT/DATABASE, the port a number); or give a file path</source>
        <translation>不是有效的数据库网址（postgresql+psycopg://USER@HOST:PORT/DATABASE，端口须为数字）；或提供文件路径</translation>
    </message>
    <message>
        <source>nothing to export: no session has a time and a room yet ({waiting} waiting in the unscheduled list); nothing was written</source>
        <translation>没有可导出的内容：还没有场次同时有时间和会议室（{waiting} 个在未排期列表中）；没有写入任何文件</translation>
    </message>
    <message>
        <source>nothing to export: no session has a time and a room yet; nothing was written</source>
        <translation>没有可导出的内容：还没有场次同时有时间和会议室；没有写入任何文件</translation>
    </message>
    <message>
        <source>person id {external_id} names more than one person in the file (“{name}” and another): each kept apart</source>
        <translation>人物编号 {external_id} 在文件中指向多于一人（“{name}”和另一人）：分开保存</translation>
    </message>
    <message>
        <source>person id {external_id} was “{was}” and the file names “{name}”: kept as two people (merge them if it is one person)</source>
        <translation>人物编号 {external_id} 原是“{was}”，文件却写“{name}”：保存为两个人（如是同一人，请合并）</translation>
    </message>
    <message>
        <source>record {attendee_id} was merged into {merged_into_id}</source>
        <translation>记录 {attendee_id} 已合并至 {merged_into_id}</translation>
    </message>
    <message>
        <source>right-to-left text cannot be shaped (python-bidi/arabic-reshaper missing)</source>
        <translation>无法排版从右到左的文字（缺少 python-bidi/arabic-reshaper）</translation>
    </message>
    <message>
        <source>speaker {speaker_id} is listed twice in one session</source>
        <translation>演讲嘉宾 {speaker_id} 在同一场次中列出了两次</translation>
    </message>
    <message>
        <source>template file not found: {p}</source>
        <translation>找不到模板文件：{p}</translation>
    </message>
    <message>
        <source>template name {name}: use letters, digits, spaces, '-', '_' or '.' (at most 80, starting with a letter or digit)</source>
        <translation>模板名称 {name}：请用字母、数字、空格、'-'、'_' 或 '.'（最多 80 个字符，以字母或数字开头）</translation>
    </message>
    <message>
        <source>template version {spec} is newer than this Confdesk ({VERSION})</source>
        <translation>模板版本 {spec} 比这个 Confdesk 新（{VERSION}）</translation>
    </message>
    <message>
        <source>template {name}: 'background' must be an object with color and image</source>
        <translation>模板 {name}：'background' 必须是包含 color 和 image 的对象</translation>
    </message>
    <message>
        <source>template {name}: 'category_colors' must map categories to colours like #1f5f9e</source>
        <translation>模板 {name}：'category_colors' 必须把类别对应到颜色，例如 #1f5f9e</translation>
    </message>
    <message>
        <source>template {name}: sides must be one of {SIDES}</source>
        <translation>模板 {name}：sides 必须是 {SIDES} 其中之一</translation>
    </message>
    <message>
        <source>template {name}: {key} must be between 10 and 500 mm</source>
        <translation>模板 {name}：{key} 必须介于 10 至 500 毫米</translation>
    </message>
    <message>
        <source>template {name}: {side} must be a list of items</source>
        <translation>模板 {name}：{side} 必须是项目列表</translation>
    </message>
    <message>
        <source>the backup and the event file are the same file</source>
        <translation>备份与活动文件是同一个文件</translation>
    </message>
    <message>
        <source>the backup folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <source>the backup was written by a newer Confdesk (schema {revision}); install it to restore</source>
        <translation>备份由较新版本的 Confdesk 写入（schema {revision}）；请安装新版本后再还原</translation>
    </message>
    <message>
        <source>the capacity is a number of seats from 1 to 1000000</source>
        <translation>容量是 1 至 1000000 之间的座位数目</translation>
    </message>
    <message>
        <source>the colour of {category} must look like #1f5f9e, not {color}</source>
        <translation>{category} 的颜色应像 #1f5f9e，而不是 {color}</translation>
    </message>
    <message>
        <source>the database URL's port {port} is out of range (1-65535)</source>
        <translation>数据库网址的端口 {port} 超出范围（1-65535）</translation>
    </message>
    <message>
        <source>the disk is full: cannot open {describe}; nothing was written</source>
        <translation>磁盘已满：无法打开 {describe}；没有写入任何数据</translation>
    </message>
    <message>
        <source>the disk is full: no backup was written to {where}</source>
        <translation>磁盘已满：没有把备份写入 {where}</translation>
    </message>
    <message>
        <source>the disk is full: nothing was written</source>
        <translation>磁盘已满：没有写入任何数据</translation>
    </message>
    <message>
        <source>the disk is read-only: nothing was written</source>
        <translation>磁盘只读：没有写入任何数据</translation>
    </message>
    <message>
        <source>the dump has a column {name}.{key} this schema lacks</source>
        <translation>备份文件有列 {name}.{key}，但这个 schema 没有</translation>
    </message>
    <message>
        <source>the dump holds a table {name} this schema lacks</source>
        <translation>备份文件有数据表 {name}，但这个 schema 没有</translation>
    </message>
    <message>
        <source>the event ends before it starts</source>
        <translation>活动的结束日期早于开始日期</translation>
    </message>
    <message>
        <source>the event file</source>
        <translation>活动文件</translation>
    </message>
    <message>
        <source>the event file could not be read or written (disk I/O error): nothing was written; check the disk, then run `confdesk check`</source>
        <translation>活动文件无法读写（磁盘 I/O 错误）：没有写入任何数据；请检查磁盘，然后运行 `confdesk check`</translation>
    </message>
    <message>
        <source>the event file is read-only: nothing was written (check the file's permissions and the disk)</source>
        <translation>活动文件是只读的：没有写入任何数据（请检查文件权限和磁盘）</translation>
    </message>
    <message>
        <source>the event file {describe} is on a read-only disk or folder: nothing was written</source>
        <translation>活动文件 {describe} 位于只读的磁盘或文件夹：没有写入任何数据</translation>
    </message>
    <message>
        <source>the event has {count} day(s); there is no day {n}</source>
        <translation>活动共有 {count} 天；没有第 {n} 天</translation>
    </message>
    <message>
        <source>the event is busy (an import or another desk is writing): nothing was written; try again</source>
        <translation>活动正忙（正在导入或另一个签到台正在写入）：没有写入任何数据；请再试</translation>
    </message>
    <message>
        <source>the event is busy (another desk or an import is writing)</source>
        <translation>活动正忙（另一个签到台或导入正在写入）</translation>
    </message>
    <message>
        <source>the event is no longer in this database; open the event again</source>
        <translation>这个数据库已没有这个活动；请重新打开活动</translation>
    </message>
    <message>
        <source>the event keeps its time zone {timezone}</source>
        <translation>活动保留其时区 {timezone}</translation>
    </message>
    <message>
        <source>the event needs a name</source>
        <translation>活动需要名称</translation>
    </message>
    <message>
        <source>the event's</source>
        <translation>活动的时区</translation>
    </message>
    <message>
        <source>the event's time zone was {timezone} (nobody had chosen it); it is now {zone_name} ({why})</source>
        <translation>活动的时区原是 {timezone}（没有人选定）；现改为 {zone_name}（{why}）</translation>
    </message>
    <message>
        <source>the file names the time zone {file_zone}; the event keeps its own, {timezone}: the times keep their instants and show in {timezone}; to use the file's zone: confdesk event set --tz {file_zone} --keep-instants (or File &gt; Event details)</source>
        <translation>文件写明时区 {file_zone}；活动保留自己的时区 {timezone}：时间保持原来的时刻，以 {timezone} 显示；如要用文件的时区：confdesk event set --tz {file_zone} --keep-instants（或“文件 &gt; 活动信息”）</translation>
    </message>
    <message>
        <source>the file's time zone {timezone} is unknown; ignored</source>
        <translation>文件的时区 {timezone} 不明；已忽略</translation>
    </message>
    <message>
        <source>the file's time_zone_name</source>
        <translation>文件的 time_zone_name</translation>
    </message>
    <message>
        <source>the list closes ({closes}) before it opens ({opens})</source>
        <translation>名单的关闭时间（{closes}）早于开放时间（{opens}）</translation>
    </message>
    <message>
        <source>the migrations have {count} heads; this Confdesk is damaged</source>
        <translation>数据库迁移有 {count} 个分支；这个 Confdesk 已损坏</translation>
    </message>
    <message>
        <source>the proof must be a .pdf file, not {name}</source>
        <translation>校对文件必须是 .pdf 文件，而不是 {name}</translation>
    </message>
    <message>
        <source>the registration of {value} is cancelled</source>
        <translation>{value} 的报名已取消</translation>
    </message>
    <message>
        <source>the {category} template {name} is {own} x {own2} mm ({own3}), the batch's {spec} {spec2} x {spec3} mm ({spec4}): give the category a template of the same size, or print it on its own</source>
        <translation>{category} 的模板 {name} 是 {own} x {own2} 毫米（{own3}），这批的 {spec} 是 {spec2} x {spec3} 毫米（{spec4}）：请给这个类别同样大小的模板，或另行打印</translation>
    </message>
    <message>
        <source>there is a check-in list named {name} already</source>
        <translation>已经有名为 {name} 的签到名单</translation>
    </message>
    <message>
        <source>there is already a release named {name}; choose another name</source>
        <translation>已经有名为 {name} 的版本；请另选名称</translation>
    </message>
    <message>
        <source>there is already a room named {name}</source>
        <translation>已经有名为 {name} 的会议室</translation>
    </message>
    <message>
        <source>there is already a track named {name}</source>
        <translation>已经有名为 {name} 的分组</translation>
    </message>
    <message>
        <source>there is already a track named {values}</source>
        <translation>已经有名为 {values} 的分组</translation>
    </message>
    <message>
        <source>this database already holds an event; give `demo` a new --db file</source>
        <translation>这个数据库已有活动；请给 `demo` 一个新的 --db 文件</translation>
    </message>
    <message>
        <source>this database already holds an event; use another --db for a new one</source>
        <translation>这个数据库已有活动；新活动请用另一个 --db</translation>
    </message>
    <message>
        <source>this database holds no event yet; run `confdesk init --name NAME` or `confdesk demo`</source>
        <translation>这个数据库还没有活动；请运行 `confdesk init --name NAME` 或 `confdesk demo`</translation>
    </message>
    <message>
        <source>unknown admission rule {admit}: use one of {ADMIT}</source>
        <translation>不明的入场规则 {admit}：请用 {ADMIT} 其中之一</translation>
    </message>
    <message>
        <source>unknown category {category} (known: {known})</source>
        <translation>不明类别 {category}（已知：{known}）</translation>
    </message>
    <message>
        <source>unknown category {category}: use one of {CATEGORIES}</source>
        <translation>不明类别 {category}：请用 {CATEGORIES} 其中之一</translation>
    </message>
    <message>
        <source>unknown category {unknown}: use one of {CATEGORIES}</source>
        <translation>不明类别 {unknown}：请用 {CATEGORIES} 其中之一</translation>
    </message>
    <message>
        <source>unknown delimiter {value}: use one of , ; tab |</source>
        <translation>不明分隔符 {value}：请用 , ; tab | 其中之一</translation>
    </message>
    <message>
        <source>unknown desk print {kind} (use desk or reprint)</source>
        <translation>不明的签到台打印类型 {kind}（请用 desk 或 reprint）</translation>
    </message>
    <message>
        <source>unknown encoding {name} (for example utf-8, utf-16, big5, cp950, gbk, gb18030, cp1252)</source>
        <translation>不明编码 {name}（例如 utf-8、utf-16、big5、cp950、gbk、gb18030、cp1252）</translation>
    </message>
    <message>
        <source>unknown export {what} (choose from {WHAT})</source>
        <translation>不明导出 {what}（可选：{WHAT}）</translation>
    </message>
    <message>
        <source>unknown glyph forms {forms}: use {known}</source>
        <translation>不明字形 {forms}：请用 {known}</translation>
    </message>
    <message>
        <source>unknown language {language} (choose {LANGUAGES})</source>
        <translation>不明语言 {language}（可选：{LANGUAGES}）</translation>
    </message>
    <message>
        <source>unknown order {order} (choose {ORDERS})</source>
        <translation>不明排序 {order}（可选：{ORDERS}）</translation>
    </message>
    <message>
        <source>unknown paper {paper} (A4 or A3)</source>
        <translation>不明纸张 {paper}（A4 或 A3）</translation>
    </message>
    <message>
        <source>unknown preset {name} (presets: {PRESETS})</source>
        <translation>不明预设 {name}（预设：{PRESETS}）</translation>
    </message>
    <message>
        <source>unknown print kind {kind}</source>
        <translation>不明打印类型 {kind}</translation>
    </message>
    <message>
        <source>unknown print policy {policy} (use {POLICIES})</source>
        <translation>不明打印方式 {policy}（请用 {POLICIES}）</translation>
    </message>
    <message>
        <source>unknown print status {status}</source>
        <translation>不明打印状态 {status}</translation>
    </message>
    <message>
        <source>unknown program kind {kind} (choose {KINDS})</source>
        <translation>不明节目册类型 {kind}（可选：{KINDS}）</translation>
    </message>
    <message>
        <source>unknown session type {value} (one of {SESSION_TYPES})</source>
        <translation>不明场次类型 {value}（{SESSION_TYPES} 其中之一）</translation>
    </message>
    <message>
        <source>unknown sheet preset {name} (choose from: {sheet_names})</source>
        <translation>不明纸张预设 {name}（可选：{sheet_names}）</translation>
    </message>
    <message>
        <source>unknown sheet preset {sheet} (choose from: {sheet_names})</source>
        <translation>不明纸张预设 {sheet}（可选：{sheet_names}）</translation>
    </message>
    <message>
        <source>unknown sort {sort} (use {SORTS})</source>
        <translation>不明排序 {sort}（请用 {SORTS}）</translation>
    </message>
    <message>
        <source>unknown speaker role {role} (one of {SPEAKER_ROLES})</source>
        <translation>不明演讲嘉宾角色 {role}（{SPEAKER_ROLES} 其中之一）</translation>
    </message>
    <message>
        <source>unknown status {status}: choose registered or cancelled</source>
        <translation>不明状态 {status}：请选择 registered 或 cancelled</translation>
    </message>
    <message>
        <source>unknown status {value} (one of {SESSION_STATUSES})</source>
        <translation>不明状态 {value}（{SESSION_STATUSES} 其中之一）</translation>
    </message>
    <message>
        <source>unknown template {name} (available: {template_names}; or give a path to a .json file)</source>
        <translation>不明模板 {name}（可用：{template_names}；或提供 .json 文件的路径）</translation>
    </message>
    <message>
        <source>unknown template {name} (built-in: {builtin_names})</source>
        <translation>不明模板 {name}（内置：{builtin_names}）</translation>
    </message>
    <message>
        <source>unknown time zone {override} (use a name such as Europe/Brussels)</source>
        <translation>不明时区 {override}（请用例如 Europe/Brussels 的名称）</translation>
    </message>
    <message>
        <source>unknown time zone {timezone} (use a name such as Asia/Hong_Kong)</source>
        <translation>不明时区 {timezone}（请用例如 Asia/Hong_Kong 的名称）</translation>
    </message>
    <message>
        <source>unsupported database URL {describe}: use a file path or postgresql+psycopg://</source>
        <translation>不支持的数据库网址 {describe}：请用文件路径或 postgresql+psycopg://</translation>
    </message>
    <message>
        <source>use VALUE=category (a pattern may hold * and ?), not {item}</source>
        <translation>请用「值=类别」（可用 * 和 ? 配对），而不是 {item}</translation>
    </message>
    <message>
        <source>will not write the rejected rows to {p}: it is the file being imported; choose another file name</source>
        <translation>不会把被拒绝的行写入 {p}：这是正在导入的文件；请另选文件名称</translation>
    </message>
    <message>
        <source>will not write the rejected rows to {p}: it is this event's database; choose another file name</source>
        <translation>不会把被拒绝的行写入 {p}：这是本活动的数据库；请另选文件名称</translation>
    </message>
    <message>
        <source>{count} links or attachments are relative urls without a base: left out of the JSON, which wants full addresses</source>
        <translation>{count} 个链接或附件是没有基准网址的相对网址：JSON 需要完整网址，所以没有写入</translation>
    </message>
    <message>
        <source>{count} sessions opted out of the recording: schedule2 JSON has no field for it, so only a Confdesk import reads it back (the frab XML and schedule JSON say it to every tool)</source>
        <translation>{count} 个场次不接受录像：schedule2 JSON 没有这个字段，只有 Confdesk 导入时读得回来（frab XML 和日程 JSON 会告诉所有工具）</translation>
    </message>
    <message>
        <source>{count} sessions' recording licence has no field in schedule2 JSON: only a Confdesk import reads it back</source>
        <translation>{count} 个场次的录像授权在 schedule2 JSON 中没有字段：只有 Confdesk 导入时读得回来</translation>
    </message>
    <message>
        <source>{day} from {name} is outside the event's days ({span})</source>
        <translation>{name} 的 {day} 不在活动日期之内（{span}）</translation>
    </message>
    <message>
        <source>{day} is not a day of this schedule (days: {listed})</source>
        <translation>{day} 不是这个日程的日子（日子：{listed}）</translation>
    </message>
    <message>
        <source>{day} is not one of the event's days</source>
        <translation>{day} 不是活动的日子</translation>
    </message>
    <message>
        <source>{describe} holds tables that are not a Confdesk database</source>
        <translation>{describe} 含有不属于 Confdesk 数据库的数据表</translation>
    </message>
    <message>
        <source>{describe} is back but holds another schema than this desk's copy: restart Confdesk to open it</source>
        <translation>{describe} 已恢复，但其 schema 与本签到台的副本不同：请重新启动 Confdesk 以打开它</translation>
    </message>
    <message>
        <source>{describe} is not empty: restore into a new, empty database</source>
        <translation>{describe} 不是空的：请还原到一个新的空数据库</translation>
    </message>
    <message>
        <source>{describe} needs an upgrade to schema {head}</source>
        <translation>{describe} 需要升级至 schema {head}</translation>
    </message>
    <message>
        <source>{describe} was written by a newer Confdesk (schema {current}); this version knows schema {head}. Install the newer Confdesk to open it.</source>
        <translation>{describe} 由较新版本的 Confdesk 写入（schema {current}）；这个版本只认识 schema {head}。请安装较新的 Confdesk 来打开它。</translation>
    </message>
    <message>
        <source>{dest} already exists; choose another name for the backup</source>
        <translation>{dest} 已存在；请为备份另选名称</translation>
    </message>
    <message>
        <source>{display_name} is not checked in</source>
        <translation>{display_name} 未签到</translation>
    </message>
    <message>
        <source>{display_name} is not checked in for {name}</source>
        <translation>{display_name} 尚未在 {name} 签到</translation>
    </message>
    <message>
        <source>{email} is not an e-mail address (expected name@example.com)</source>
        <translation>{email} 不是电子邮件地址（应像 name@example.com）</translation>
    </message>
    <message>
        <source>{fmt} is written to a {suffix} file, not {name}</source>
        <translation>{fmt} 要写入 {suffix} 文件，而不是 {name}</translation>
    </message>
    <message>
        <source>{item} overlaps {other}</source>
        <translation>{item} 与 {other} 重叠</translation>
    </message>
    <message>
        <source>{item}: text shortened to fit its box</source>
        <translation>{item}：文字已缩短以放入框内</translation>
    </message>
    <message>
        <source>{item}: {warn}</source>
        <translation>{item}：{warn}</translation>
    </message>
    <message>
        <source>{label} is a {value} picture; use PNG or JPEG</source>
        <translation>{label} 是 {value} 图片；请用 PNG 或 JPEG</translation>
    </message>
    <message>
        <source>{label} is empty</source>
        <translation>{label} 是空的</translation>
    </message>
    <message>
        <source>{label} is larger than {MAX_BYTES} MB; use a smaller one</source>
        <translation>{label} 大于 {MAX_BYTES} MB；请用较小的文件</translation>
    </message>
    <message>
        <source>{label} is not a PNG or JPEG picture Confdesk can read</source>
        <translation>{label} 不是 Confdesk 能读取的 PNG 或 JPEG 图片</translation>
    </message>
    <message>
        <source>{label} is {width} x {height} pixels; at most {MAX_PIXELS} a side</source>
        <translation>{label} 是 {width} x {height} 像素；每边最多 {MAX_PIXELS}</translation>
    </message>
    <message>
        <source>{naive} of {count} event times carry no time zone; read as {zone} ({why})</source>
        <translation>{count} 个场次时间中有 {naive} 个没有时区；按 {zone} 读取（{why}）</translation>
    </message>
    <message>
        <source>{naive} of {count} event times carry no time zone; read as {zone} ({why}); choose another with --timezone</source>
        <translation>{count} 个场次时间中有 {naive} 个没有时区；按 {zone} 读取（{why}）；可用 --timezone 选择其他时区</translation>
    </message>
    <message>
        <source>{name} covers {fspan}, none of the event's days ({span}); nothing was imported (import it anyway with --other-days)</source>
        <translation>{name} 涵盖 {fspan}，不是活动的任何一天（{span}）；没有导入任何数据（如仍要导入，请加 --other-days）</translation>
    </message>
    <message>
        <source>{name} has arrays or objects nested thousands deep; no schedule is, so it was not read</source>
        <translation>{name} 的数组或对象嵌套了数千层；日程文件不会这样，所以没有读取</translation>
    </message>
    <message>
        <source>{name} has no exit scans</source>
        <translation>{name} 没有离场扫描</translation>
    </message>
    <message>
        <source>{name} has no sheet named {sheet} (sheets: {names})</source>
        <translation>{name} 没有名为 {sheet} 的工作表（工作表：{names}）</translation>
    </message>
    <message>
        <source>{name} holds a number thousands of digits long; no schedule does, so it was not read</source>
        <translation>{name} 含有一个数千位数的数字；日程文件不会这样，所以没有读取</translation>
    </message>
    <message>
        <source>{name} holds no &lt;day&gt; elements: not a schedule, or an empty one</source>
        <translation>{name} 没有 &lt;day&gt; 元素：不是日程，或是空的日程</translation>
    </message>
    <message>
        <source>{name} holds no days: an empty schedule</source>
        <translation>{name} 没有任何日子：是空的日程</translation>
    </message>
    <message>
        <source>{name} holds no events that could be read; nothing was imported</source>
        <translation>{name} 没有可读取的场次；没有导入任何数据</translation>
    </message>
    <message>
        <source>{name} holds no sheet of rows</source>
        <translation>{name} 没有数据行的工作表</translation>
    </message>
    <message>
        <source>{name} holds {word}, which is not a JSON number; nothing was imported</source>
        <translation>{name} 含有 {word}，这不是 JSON 数字；没有导入任何数据</translation>
    </message>
    <message>
        <source>{name} is JSON but not a frab/pretalx schedule (no schedule.conference.days)</source>
        <translation>{name} 是 JSON，但不是 frab/pretalx 日程（没有 schedule.conference.days）</translation>
    </message>
    <message>
        <source>{name} is XML but not a frab schedule (its root is &lt;{tag}&gt;)</source>
        <translation>{name} 是 XML，但不是 frab 日程（根元素是 &lt;{tag}&gt;）</translation>
    </message>
    <message>
        <source>{name} is an xCal file without a calendar</source>
        <translation>{name} 是 xCal 文件，但没有日历</translation>
    </message>
    <message>
        <source>{name} is empty</source>
        <translation>{name} 是空的</translation>
    </message>
    <message>
        <source>{name} is larger than {MAX_BYTES} MB; use a smaller one</source>
        <translation>{name} 大于 {MAX_BYTES} MB；请用较小的文件</translation>
    </message>
    <message>
        <source>{name} is neither a frab XML, a frab/pretalx JSON schedule nor a calendar (.ics, xCal)</source>
        <translation>{name} 既不是 frab XML、frab/pretalx JSON 日程，也不是日历（.ics、xCal）</translation>
    </message>
    <message>
        <source>{name} is not UTF-8 text</source>
        <translation>{name} 不是 UTF-8 文本</translation>
    </message>
    <message>
        <source>{name} is not a Confdesk sheet preset</source>
        <translation>{name} 不是 Confdesk 纸张预设</translation>
    </message>
    <message>
        <source>{name} is not a calendar that can be read; nothing was imported</source>
        <translation>{name} 不是可读取的日历；没有导入任何内容</translation>
    </message>
    <message>
        <source>{name} is not a readable XLSX workbook (not a zip file)</source>
        <translation>{name} 不是可读取的 XLSX 工作簿（不是 zip 文件）</translation>
    </message>
    <message>
        <source>{name} is not a readable XLSX workbook ({damage})</source>
        <translation>{name} 不是可读取的 XLSX 工作簿（{damage}）</translation>
    </message>
    <message>
        <source>{name} is not a readable XLSX workbook ({damage}); {AGAIN}</source>
        <translation>{name} 不是可读取的 XLSX 工作簿（{damage}）；{AGAIN}</translation>
    </message>
    <message>
        <source>{name} is not a readable XLSX workbook ({exc})</source>
        <translation>{name} 不是可读取的 XLSX 工作簿（{exc}）</translation>
    </message>
    <message>
        <source>{name} is not a text file (it contains binary data)</source>
        <translation>{name} 不是文本文件（含有二进制数据）</translation>
    </message>
    <message>
        <source>{name} is not a text file: it is {what}</source>
        <translation>{name} 不是文本文件：它是{what}</translation>
    </message>
    <message>
        <source>{name} is not signed up for {name2}</source>
        <translation>{name} 未报名参加 {name2}</translation>
    </message>
    <message>
        <source>{name} is not valid JSON at line {lineno}, column {colno} ({msg}); nothing was imported</source>
        <translation>{name} 第 {lineno} 行第 {colno} 列不是有效的 JSON（{msg}）；没有导入任何数据</translation>
    </message>
    <message>
        <source>{name} is not well-formed XML at line {line}, column {col}{hint}; nothing was imported</source>
        <translation>{name} 第 {line} 行第 {col} 列不是格式正确的 XML{hint}；没有导入任何数据</translation>
    </message>
    <message>
        <source>{name} is one of the event's own lists; it stays</source>
        <translation>{name} 是活动本身的名单；不能删除</translation>
    </message>
    <message>
        <source>{name} is one page of the talks: only its {here} were imported (save every page, or the schedule.json export, for all of them)</source>
        <translation>{name} 只是讲题中的一页：只导入了这一页的 {here} 个（要全部导入，请保存每一页，或使用 schedule.json 导出）</translation>
    </message>
    <message>
        <source>{name} is one page of {count} talks: only its {here} were imported (save every page, or the schedule.json export, for all of them)</source>
        <translation>{name} 只是 {count} 个讲题中的一页：只导入了这一页的 {here} 个（要全部导入，请保存每一页，或使用 schedule.json 导出）</translation>
    </message>
    <message>
        <source>{name} is signed up for {name2} already</source>
        <translation>{name} 已经报名参加 {name2}</translation>
    </message>
    <message>
        <source>{name} is this event's database, not a registration file; choose the CSV or XLSX file to import</source>
        <translation>{name} 是本活动的数据库，不是报名文件；请选择要导入的 CSV 或 XLSX 文件</translation>
    </message>
    <message>
        <source>{name} is {size} MiB; a schedule file is far smaller</source>
        <translation>{name} 有 {size} MiB；日程文件远比这小</translation>
    </message>
    <message>
        <source>{name} takes no sign-ups: add a list for the session or table</source>
        <translation>{name} 不接受报名：请为该场次或圆桌添加名单</translation>
    </message>
    <message>
        <source>{name} text</source>
        <translation>{name} 文字</translation>
    </message>
    <message>
        <source>{name} unpacks to {unpacked} MiB in {count} parts; Confdesk reads workbooks of up to {MAX_XLSX_UNPACKED} MiB unpacked (save it as CSV, or split it)</source>
        <translation>{name} 解压后有 {unpacked} MiB，共 {count} 部分；Confdesk 只读取解压后最多 {MAX_XLSX_UNPACKED} MiB 的工作簿（请另存为 CSV 或拆分文件）</translation>
    </message>
    <message>
        <source>{name} was refused: it declares XML entities or a DTD ({name__}); schedule files never need them and they can be used for an XML bomb</source>
        <translation>{name} 已被拒绝：它宣告了 XML 实体或 DTD（{name__}）；日程文件不需要这些，而它们可被用作 XML 炸弹</translation>
    </message>
    <message>
        <source>{name}'s registration is cancelled</source>
        <translation>{name} 的报名已取消</translation>
    </message>
    <message>
        <source>{name}: cannot tell the text encoding; give it with --encoding (for example big5, gbk, cp1252)</source>
        <translation>{name}：无法判断文本编码；请用 --encoding 指定（例如 big5、gbk、cp1252）</translation>
    </message>
    <message>
        <source>{name}: columns {seen} and {i} are both named {h}; rename one so each column has its own name</source>
        <translation>{name}：第 {seen} 和第 {i} 列都叫 {h}；请重新命名其中一列，让每列都有自己的名称</translation>
    </message>
    <message>
        <source>{name}: day {index} ({date}) ends before it starts</source>
        <translation>{name}：第 {index} 天（{date}）的结束早于开始</translation>
    </message>
    <message>
        <source>{name}: day {index} ({date}, until {b1}) overlaps day {index2} ({date2}, from {a2}); nothing was imported</source>
        <translation>{name}：第 {index} 天（{date}，至 {b1}）与第 {index2} 天（{date2}，由 {a2} 起）重叠；没有导入任何数据</translation>
    </message>
    <message>
        <source>{name}: days {seen} and {index} are both {date}; overlapping days, nothing was imported</source>
        <translation>{name}：第 {seen} 和第 {index} 天都是 {date}；日子重叠，没有导入任何数据</translation>
    </message>
    <message>
        <source>{name}: give the file a .csv or .xlsx name</source>
        <translation>{name}：请给文件 .csv 或 .xlsx 的名称</translation>
    </message>
    <message>
        <source>{name}: line {line_num}: {exc}</source>
        <translation>{name}：第 {line_num} 行：{exc}</translation>
    </message>
    <message>
        <source>{name}: line {line}: byte 0x{bad} is not valid {encoding}; save the file again as UTF-8, or give its encoding with --encoding</source>
        <translation>{name}：第 {line} 行：字节 0x{bad} 不是有效的 {encoding}；请把文件另存为 UTF-8，或用 --encoding 指定其编码</translation>
    </message>
    <message>
        <source>{name}: line {start}: unclosed quote (a value opens with &quot; and is never closed, so every line after it would be read as one value); fix the quote and import again</source>
        <translation>{name}：第 {start} 行：引号未关闭（某个值以 &quot; 开始却没有结束，之后每一行都会被读成同一个值）；请修正引号后再导入</translation>
    </message>
    <message>
        <source>{name}: room {room} has a capacity of {cap}; a room holds at most {MAX_CAPACITY} people; nothing was imported</source>
        <translation>{name}：会议室 {room} 的容量是 {cap}；一个会议室最多容纳 {MAX_CAPACITY} 人；没有导入任何数据</translation>
    </message>
    <message>
        <source>{name}: sheet {title} has {rows} rows; Confdesk imports at most {MAX_XLSX_ROWS} rows (split the file)</source>
        <translation>{name}：工作表 {title} 有 {rows} 行；Confdesk 最多导入 {MAX_XLSX_ROWS} 行（请拆分文件）</translation>
    </message>
    <message>
        <source>{name}: sheet {title} is damaged ({damage}); {AGAIN}</source>
        <translation>{name}：工作表 {title} 已损坏（{damage}）；{AGAIN}</translation>
    </message>
    <message>
        <source>{name}: sheet {title} is empty</source>
        <translation>{name}：工作表 {title} 是空的</translation>
    </message>
    <message>
        <source>{name}: sheet {title}, cell {get_column_letter}{num} holds {count} characters; a cell holds at most {MAX_CELL_CHARS} (Excel's limit)</source>
        <translation>{name}：工作表 {title} 的单元格 {get_column_letter}{num} 有 {count} 个字符；一个单元格最多 {MAX_CELL_CHARS} 个（Excel 的上限）</translation>
    </message>
    <message>
        <source>{name}: the first row holds no column names</source>
        <translation>{name}：第一行没有列名</translation>
    </message>
    <message>
        <source>{name}: {sheet} is a chart sheet, not a sheet of rows</source>
        <translation>{name}：{sheet} 是图表工作表，不是数据行的工作表</translation>
    </message>
    <message>
        <source>{name}: {value} holds more than 1 MiB; a cell holds at most {MAX_CELL_CHARS} characters (Excel's limit)</source>
        <translation>{name}：{value} 超过 1 MiB；一个单元格最多 {MAX_CELL_CHARS} 个字符（Excel 的上限）</translation>
    </message>
    <message>
        <source>{name}: {value} lasts {duration_min} minutes; a session lasts at most a week ({MAX_DURATION_MIN}); nothing was imported</source>
        <translation>{name}：{value} 长 {duration_min} 分钟；一个场次最长一周（{MAX_DURATION_MIN}）；没有导入任何数据</translation>
    </message>
    <message>
        <source>{name}: {what} is at UTC{value}, an offset no time zone has (they run from -12:00 to +14:00); nothing was imported</source>
        <translation>{name}：{what} 在 UTC{value}，没有时区用这个时差（时差由 -12:00 至 +14:00）；没有导入任何数据</translation>
    </message>
    <message>
        <source>{name}: {what} is on {value}, outside the dates Confdesk accepts ({FIRST_YEAR} to {LAST_YEAR}); nothing was imported</source>
        <translation>{name}：{what} 在 {value}，超出 Confdesk 接受的日期（{FIRST_YEAR} 至 {LAST_YEAR}）；没有导入任何数据</translation>
    </message>
    <message>
        <source>{name}: {what} is {kind}, not a list; nothing was imported</source>
        <translation>{name}：{what} 是 {kind}，不是列表；没有导入任何数据</translation>
    </message>
    <message>
        <source>{name}: {where} is in room {room}, which the file does not list (rooms: {listed}); nothing was imported</source>
        <translation>{name}：{where} 在会议室 {room}，但文件没有列出这个会议室（会议室：{listed}）；没有导入任何数据</translation>
    </message>
    <message>
        <source>{outside} scheduled session(s) would fall outside {start} - {value}; move them first, move the timetable with the dates, or choose other dates</source>
        <translation>{outside} 个已排期的场次会落在 {start} - {value} 以外；请先移动它们、连同日期移动时间表，或选择其他日期</translation>
    </message>
    <message>
        <source>{out} should end in .pdf</source>
        <translation>{out} 应以 .pdf 结尾</translation>
    </message>
    <message>
        <source>{path} already exists: restore a dump into a new file or an empty database</source>
        <translation>{path} 已存在：请把备份文件还原到新文件或空数据库</translation>
    </message>
    <message>
        <source>{path} is a folder</source>
        <translation>{path} 是文件夹</translation>
    </message>
    <message>
        <source>{path} is a folder, not a Confdesk database</source>
        <translation>{path} 是文件夹，不是 Confdesk 数据库</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file</source>
        <translation>{path} 是文件夹，不是文件</translation>
    </message>
    <message>
        <source>{path} is damaged (integrity check failed); choose another</source>
        <translation>{path} 已损坏（完整性检查失败）；请另选一个</translation>
    </message>
    <message>
        <source>{path} is damaged or not a Confdesk backup</source>
        <translation>{path} 已损坏或不是 Confdesk 备份</translation>
    </message>
    <message>
        <source>{path} is empty, not a Confdesk database; create one with `confdesk init` or `confdesk demo`</source>
        <translation>{path} 是空的，不是 Confdesk 数据库；请用 `confdesk init` 或 `confdesk demo` 建立</translation>
    </message>
    <message>
        <source>{path} is not a Confdesk backup (neither an event file nor a dump)</source>
        <translation>{path} 不是 Confdesk 备份（既不是活动文件，也不是备份文件）</translation>
    </message>
    <message>
        <source>{path} is not a Confdesk backup (no schema revision)</source>
        <translation>{path} 不是 Confdesk 备份（没有 schema 版本）</translation>
    </message>
    <message>
        <source>{path} is not a Confdesk database (not an SQLite file)</source>
        <translation>{path} 不是 Confdesk 数据库（不是 SQLite 文件）</translation>
    </message>
    <message>
        <source>{pickup}: check in with the desk's scan, not as a list</source>
        <translation>{pickup}：请用签到台扫描签到，而不是当作名单</translation>
    </message>
    <message>
        <source>{p} already exists; choose another file for the rejected rows (or give --overwrite to replace it)</source>
        <translation>{p} 已存在；请为被拒绝的行另选文件（或加 --overwrite 取代它）</translation>
    </message>
    <message>
        <source>{p} is a folder, not a picture</source>
        <translation>{p} 是文件夹，不是图片</translation>
    </message>
    <message>
        <source>{p} is a folder, not a schedule file</source>
        <translation>{p} 是文件夹，不是日程文件</translation>
    </message>
    <message>
        <source>{p} is a folder; give a file name for the rejected rows</source>
        <translation>{p} 是文件夹；请为被拒绝的行提供文件名称</translation>
    </message>
    <message>
        <source>{p} is not a regular file (a device or a pipe); give a file name for the rejected rows</source>
        <translation>{p} 不是一般文件（是设备或管道）；请为被拒绝的行提供文件名称</translation>
    </message>
    <message>
        <source>{target} is open at another desk or in another program: close it there first</source>
        <translation>{target} 已在另一个签到台或程序中打开：请先在那里关闭</translation>
    </message>
    <message>
        <source>{value} has a header but no rows</source>
        <translation>{value} 有标题但没有数据行</translation>
    </message>
    <message>
        <source>{value} is already cancelled</source>
        <translation>{value} 已经取消</translation>
    </message>
    <message>
        <source>{value} is not cancelled</source>
        <translation>{value} 未取消</translation>
    </message>
    <message>
        <source>{value}: no column holds a name; map one with --map COLUMN=given_name (or full_name) - columns: {headers}</source>
        <translation>{value}：没有列包含姓名；请用 --map COLUMN=given_name（或 full_name）对应一列 - 列：{headers}</translation>
    </message>
    <message>
        <source>{what} is a time of day such as 13:30, not {text}</source>
        <translation>{what} 是一天中的时间，例如 13:30，而不是 {text}</translation>
    </message>
    <message>
        <source>{what} must be a whole number, not {value}</source>
        <translation>{what} 必须是整数，而不是 {value}</translation>
    </message>
    <message>
        <source>{what} must be at least {minimum}</source>
        <translation>{what} 最少是 {minimum}</translation>
    </message>
    <message>
        <source>{where} is damaged: writing to it has stopped; restore the newest backup ({backup}) with `confdesk restore`, or run `confdesk check` to see what is wrong</source>
        <translation>{where} 已损坏：已停止写入；请用 `confdesk restore` 还原最新的备份（{backup}），或运行 `confdesk check` 查看问题</translation>
    </message>
    <message>
        <source>{where} is damaged: writing to it has stopped; restore the newest backup with `confdesk restore`, or run `confdesk check` to see what is wrong</source>
        <translation>{where} 已损坏：已停止写入；请用 `confdesk restore` 还原最新的备份，或运行 `confdesk check` 查看问题</translation>
    </message>
    <message>
        <source>{where}: 'max_lines' must be at least 1</source>
        <translation>{where}：'max_lines' 最少是 1</translation>
    </message>
    <message>
        <source>{where}: align must be left, center or right</source>
        <translation>{where}：align 必须是 left、center 或 right</translation>
    </message>
    <message>
        <source>{where}: an all-day entry; skipped</source>
        <translation>{where}：全天项目；已跳过</translation>
    </message>
    <message>
        <source>{where}: cancelled in the calendar; skipped</source>
        <translation>{where}：日历中已取消；已跳过</translation>
    </message>
    <message>
        <source>{where}: its guid {guid} was already used in the file; skipped</source>
        <translation>{where}：其 guid {guid} 已在文件中用过；已跳过</translation>
    </message>
    <message>
        <source>{where}: its {what} {value} is not a usable url; left out</source>
        <translation>{where}：其 {what} {value} 不是可用的网址；已略去</translation>
    </message>
    <message>
        <source>{where}: lasts {duration_min}:{duration_min2}; stored as 24 hours, the longest a Confdesk session lasts (split it to keep the rest)</source>
        <translation>{where}：长 {duration_min}:{duration_min2}；保存为 24 小时，即 Confdesk 场次的最长时间（如要保留其余部分，请拆分）</translation>
    </message>
    <message>
        <source>{where}: missing {key} (a number, {unit})</source>
        <translation>{where}：缺少 {key}（数字，{unit}）</translation>
    </message>
    <message>
        <source>{where}: need 0 &lt; min_size &lt;= max_size</source>
        <translation>{where}：需要 0 &lt; min_size &lt;= max_size</translation>
    </message>
    <message>
        <source>{where}: no end or duration; 30 minutes assumed</source>
        <translation>{where}：没有结束时间或时长；按 30 分钟处理</translation>
    </message>
    <message>
        <source>{where}: no readable &lt;date&gt; or &lt;start&gt;; skipped</source>
        <translation>{where}：没有可读取的 &lt;date&gt; 或 &lt;start&gt;；已跳过</translation>
    </message>
    <message>
        <source>{where}: no readable date or start; skipped</source>
        <translation>{where}：没有可读取的 date 或 start；已跳过</translation>
    </message>
    <message>
        <source>{where}: no readable start; skipped</source>
        <translation>{where}：没有可读取的 start；已跳过</translation>
    </message>
    <message>
        <source>{where}: no room (LOCATION); skipped</source>
        <translation>{where}：没有会议室（LOCATION）；已跳过</translation>
    </message>
    <message>
        <source>{where}: no room; skipped</source>
        <translation>{where}：没有会议室；已跳过</translation>
    </message>
    <message>
        <source>{where}: no start time; skipped</source>
        <translation>{where}：没有开始时间；已跳过</translation>
    </message>
    <message>
        <source>{where}: no title; skipped</source>
        <translation>{where}：没有标题；已跳过</translation>
    </message>
    <message>
        <source>{where}: not scheduled (no start); skipped</source>
        <translation>{where}：未排时间（没有开始时间）；已跳过</translation>
    </message>
    <message>
        <source>{where}: repeats; imported once, at its first time</source>
        <translation>{where}：会重复；只按第一次的时间导入一次</translation>
    </message>
    <message>
        <source>{where}: type must be one of {ITEM_TYPES}</source>
        <translation>{where}：type 必须是 {ITEM_TYPES} 其中之一</translation>
    </message>
    <message>
        <source>{where}: unreadable duration {ev}; 30 minutes assumed</source>
        <translation>{where}：无法读取时长 {ev}；按 30 分钟计</translation>
    </message>
    <message>
        <source>{where}: unreadable duration {raw_duration}; 30 minutes assumed</source>
        <translation>{where}：无法读取时长 {raw_duration}；按 30 分钟计</translation>
    </message>
    <message>
        <source>{where}: valign must be top, middle or bottom</source>
        <translation>{where}：valign 必须是 top、middle 或 bottom</translation>
    </message>
    <message>
        <source>{where}: withdrawn in pretalx; skipped</source>
        <translation>{where}：已在 pretalx 撤回；已跳过</translation>
    </message>
    <message>
        <source>{where}: {bad} attachment without a usable url (or beyond the first {most}) left out</source>
        <translation>{where}：{bad} 个附件没有可用的网址（或超出前 {most} 个）；已略去</translation>
    </message>
    <message>
        <source>{where}: {bad} attachments without a usable url (or beyond the first {most}) left out</source>
        <translation>{where}：{bad} 个附件没有可用的网址（或超出前 {most} 个）；已略去</translation>
    </message>
    <message>
        <source>{where}: {bad} link without a usable url (or beyond the first {most}) left out</source>
        <translation>{where}：{bad} 个链接没有可用的网址（或超出前 {most} 个）；已略去</translation>
    </message>
    <message>
        <source>{where}: {bad} links without a usable url (or beyond the first {most}) left out</source>
        <translation>{where}：{bad} 个链接没有可用的网址（或超出前 {most} 个）；已略去</translation>
    </message>
    <message>
        <source>{where}: {key} must be a number ({unit}), not {v}</source>
        <translation>{where}：{key} 必须是数字（{unit}），而不是 {v}</translation>
    </message>
    <message>
        <source>{where}: {k} must be a colour like #1f5f9e, not {item}</source>
        <translation>{where}：{k} 必须是颜色，例如 #1f5f9e，而不是 {item}</translation>
    </message>
    <message>
        <source>{where}: {k} must be text, not {item}</source>
        <translation>{where}：{k} 必须是文本，而不是 {item}</translation>
    </message>
    <message>
        <source>{where}: {said} does not exist in {key} (the clocks jump forward then); read as {real} (UTC{real2})</source>
        <translation>{where}：{said} 在 {key} 不存在（当时时钟拨快）；按 {real}（UTC{real2}）读取</translation>
    </message>
    <message>
        <source>{where}: {said} happens twice in {key} (the clocks go back then); read as the first, at UTC{first}</source>
        <translation>{where}：{said} 在 {key} 出现两次（当时时钟拨慢）；按第一次读取，即 UTC{first}</translation>
    </message>
    <message>
        <source>{wrong} of {count} times in the file are at {offsets}, but the file says {zone} (at {ours} then): its header and its times disagree; the times keep the instants their offsets give</source>
        <translation>文件中 {count} 个时间有 {wrong} 个在 {offsets}，但文件写的是 {zone}（当时是 {ours}）：文件标头与时间不一致；时间保持其时差所示的时刻</translation>
    </message>
    <message>
        <source>{wrong} of {count} times in the file are at {offsets}, but {zone} is at {ours} then: they keep their instant and show in the event's zone; if the event's zone is wrong, set it (File &gt; Event details, or confdesk event set --tz)</source>
        <translation>文件中 {count} 个时间有 {wrong} 个在 {offsets}，但 {zone} 当时是 {ours}：这些时间保持原来的时刻，以活动的时区显示；如活动的时区有误，请设置（“文件 &gt; 活动信息”，或 confdesk event set --tz）</translation>
    </message>
</context>
<context>
    <name>DashboardScreen</name>
    <message>
        <source>Dashboard</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>已报名</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>已签到</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>缺席</translation>
    </message>
    <message>
        <source>Came today</source>
        <translation>今日到场</translation>
    </message>
    <message>
        <source>Badges printed</source>
        <translation>已打印胸牌</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>签到处</translation>
    </message>
    <message>
        <source>Last {minutes} min</source>
        <translation>最近 {minutes} 分钟</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总数</translation>
    </message>
    <message>
        <source>Check-in list</source>
        <translation>签到名单</translation>
    </message>
    <message>
        <source>In</source>
        <translation>已入场</translation>
    </message>
    <message>
        <source>Inside</source>
        <translation>场内</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>座位</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>会议室</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>场次</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>容纳人数</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>预计人数</translation>
    </message>
    <message>
        <source>Session or door</source>
        <translation>场次／入口</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Peak</source>
        <translation>峰值人数</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>按类别</translation>
    </message>
    <message>
        <source>Sessions by attendance</source>
        <translation>各场次出席情况</translation>
    </message>
    <message>
        <source>Check-in lists (days, sessions, doors)</source>
        <translation>签到名单（每天、场次、入口）</translation>
    </message>
    <message>
        <source>Next sessions</source>
        <translation>接下来的场次</translation>
    </message>
    <message>
        <source>Desks</source>
        <translation>各签到处</translation>
    </message>
    <message>
        <source>Could not refresh: {error}</source>
        <translation>无法刷新：{error}</translation>
    </message>
    <message>
        <source>{desk} cannot reach the event's server</source>
        <translation>{desk} 无法连接活动服务器</translation>
    </message>
    <message>
        <source>{count} entry of {desk} not sent yet (not counted above)</source>
        <translation>{desk} 有 {count} 条记录尚未发送（未计入上方数据）</translation>
    </message>
    <message>
        <source>{count} entries of {desk} not sent yet (not counted above)</source>
        <translation>{desk} 有 {count} 条记录尚未发送（未计入上方数据）</translation>
    </message>
    <message>
        <source>{event} · as of {time} ({zone}) · refreshed every {seconds} s</source>
        <translation>{event} · 截至 {time}（{zone}）· 每 {seconds} 秒刷新</translation>
    </message>
    <message>
        <source>{count} cancelled</source>
        <translation>{count} 人已取消</translation>
    </message>
    <message>
        <source>{percent} % of registered</source>
        <translation>占已报名人数 {percent} %</translation>
    </message>
    <message>
        <source>registered, not checked in</source>
        <translation>已报名但未签到</translation>
    </message>
    <message>
        <source>counted once the event starts</source>
        <translation>活动开始后统计</translation>
    </message>
    <message>
        <source>{count} prints with reprints</source>
        <translation>含补打共打印 {count} 次</translation>
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
        <translation>进行中 {when}</translation>
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
        <translation>{name} 每 {minutes} 分钟入场人数（{day}）</translation>
    </message>
    <message>
        <source>Admissions per {minutes} minutes on {name}</source>
        <translation>{name} 每 {minutes} 分钟入场人数</translation>
    </message>
    <message>
        <source>Arrivals per {minutes} minutes, {day}</source>
        <translation>每 {minutes} 分钟到场人数（{day}）</translation>
    </message>
    <message>
        <source>Arrivals per {minutes} minutes</source>
        <translation>每 {minutes} 分钟到场人数</translation>
    </message>
    <message>
        <source>Export the dashboard</source>
        <translation>导出概览</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>cannot write {path}: {error}</source>
        <translation>无法写入 {path}：{error}</translation>
    </message>
    <message>
        <source>{name} on {list} (in at {first}, again at {second})</source>
        <translation>{name}（{list}：{first} 入场，{second} 再次入场）</translation>
    </message>
    <message>
        <source>{name} (in at {first}, again at {second})</source>
        <translation>{name}（{first} 入场，{second} 再次入场）</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>某人</translation>
    </message>
    <message>
        <source>1 double admission</source>
        <translation>1 次重复入场</translation>
    </message>
    <message>
        <source>{count} double admissions</source>
        <translation>{count} 次重复入场</translation>
    </message>
    <message>
        <source>; and {count} more</source>
        <translation>；另有 {count} 次</translation>
    </message>
    <message>
        <source>&lt;b&gt;{head} while desks were offline:&lt;/b&gt; {names}{more}</source>
        <translation>&lt;b&gt;签到处离线期间有 {head}：&lt;/b&gt;{names}{more}</translation>
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
        <translation>添加文字</translation>
    </message>
    <message>
        <source>Add box</source>
        <translation>添加方框</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>添加线条</translation>
    </message>
    <message>
        <source>Add QR code</source>
        <translation>添加 QR 码</translation>
    </message>
    <message>
        <source>Add event logo</source>
        <translation>添加活动标志</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>band</source>
        <translation>色带</translation>
    </message>
    <message>
        <source>box</source>
        <translation>方框</translation>
    </message>
    <message>
        <source>line</source>
        <translation>线条</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>QR 码</translation>
    </message>
    <message>
        <source>picture</source>
        <translation>图片</translation>
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
        <translation>添加元素…</translation>
    </message>
    <message>
        <source>Add {item}</source>
        <translation>添加 {item}</translation>
    </message>
    <message>
        <source>Add image…</source>
        <translation>添加图片…</translation>
    </message>
    <message>
        <source>Delete item</source>
        <translation>删除元素</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
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
        <translation>新模板名称</translation>
    </message>
    <message>
        <source>Save as new template</source>
        <translation>另存为新模板</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>导出 JSON…</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>印刷面</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>元素</translation>
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
        <translation>宽度（mm）</translation>
    </message>
    <message>
        <source>Height (mm)</source>
        <translation>高度（mm）</translation>
    </message>
    <message>
        <source>QR size (mm)</source>
        <translation>QR 码尺寸（mm）</translation>
    </message>
    <message>
        <source>Largest text (pt)</source>
        <translation>最大字号（pt）</translation>
    </message>
    <message>
        <source>Smallest text (pt)</source>
        <translation>最小字号（pt）</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>粗体</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>左对齐</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>居中</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>右对齐</translation>
    </message>
    <message>
        <source>Align</source>
        <translation>对齐</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>颜色…</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Background picture…</source>
        <translation>背景图片…</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Fields: {fields}; \n = new line</source>
        <translation>字段：{fields}；\n 表示换行</translation>
    </message>
    <message>
        <source>Sample person (陳大文)</source>
        <translation>示例人物（陳大文）</translation>
    </message>
    <message>
        <source>Sample person (陳大文): no attendees yet</source>
        <translation>示例人物（陳大文）：暂无参会者</translation>
    </message>
    <message>
        <source>Longest name: {name}</source>
        <translation>最长姓名：{name}</translation>
    </message>
    <message>
        <source>Warnings: {warnings}</source>
        <translation>警告：{warnings}</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.svg);;All files (*)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.svg);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Add an image to the badge</source>
        <translation>向胸牌添加图片</translation>
    </message>
    <message>
        <source>Added {name}</source>
        <translation>已添加 {name}</translation>
    </message>
    <message>
        <source>Background picture of the badge</source>
        <translation>胸牌背景图片</translation>
    </message>
    <message>
        <source>Colour {colour}</source>
        <translation>颜色 {colour}</translation>
    </message>
    <message>
        <source>Saved {name} (version {version}) and {path}</source>
        <translation>已保存 {name}（第 {version} 版）和 {path}</translation>
    </message>
    <message>
        <source>Export template</source>
        <translation>导出模板</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>已导出到 {path}</translation>
    </message>
    <message>
        <source>{name} is not an SVG picture Confdesk can draw</source>
        <translation>{name} 不是 Confdesk 能绘制的 SVG 图片</translation>
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
    <name>DeskLinkBanner</name>
    <message>
        <source>check-ins</source>
        <translation>签到</translation>
    </message>
    <message>
        <source>walk-ins</source>
        <translation>现场报名</translation>
    </message>
    <message>
        <source>undos</source>
        <translation>撤销签到</translation>
    </message>
    <message>
        <source>prints</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Could not send what waits at this desk: {error} Nothing is lost; trying again.</source>
        <translation>无法发送本签到处待发送的记录：{error} 数据没有丢失，正在重试。</translation>
    </message>
    <message>
        <source>another desk</source>
        <translation>其他签到处</translation>
    </message>
    <message>
        <source>{desk} at {time}</source>
        <translation>{desk}（{time}）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Double admission:&lt;/b&gt; {name} was let in at {first} and again at {second}{on} while desks were offline.</source>
        <translation>&lt;b&gt;重复入场：&lt;/b&gt;签到处离线期间，{name} 先在 {first} 入场，又在 {second}{on}再次入场。</translation>
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
        <translation>另有 {count} 起（confdesk checkin --doubles）</translation>
    </message>
    <message>
        <source>{items} and {last}</source>
        <translation>{items}和{last}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>{count} waiting to be sent ({kinds})</source>
        <translation>{count} 项待发送（{kinds}）</translation>
    </message>
    <message>
        <source>{count} check-in waiting to be sent</source>
        <translation>{count} 条签到待发送</translation>
    </message>
    <message>
        <source>{count} check-ins waiting to be sent</source>
        <translation>{count} 条签到待发送</translation>
    </message>
    <message>
        <source>Offline since {time} - {waiting}. Scanning goes on.</source>
        <translation>自 {time} 起离线 - {waiting}。可继续扫描。</translation>
    </message>
    <message>
        <source>The event database is busy: {waiting}, as soon as it is free. Scanning goes on.</source>
        <translation>活动数据库繁忙：{waiting}，空闲后即发送。可继续扫描。</translation>
    </message>
    <message>
        <source>Sent. Double admission found: {names} (see confdesk checkin --doubles).</source>
        <translation>已发送。发现重复入场：{names}（见 confdesk checkin --doubles）。</translation>
    </message>
    <message>
        <source> (and {count} more)</source>
        <translation>（另有 {count} 个）</translation>
    </message>
    <message>
        <source>Sent. The walk-in {name} (#{number}) registered offline looks like {like} (#{like_number}){more}: merge them on the Attendees screen if it is the same person.</source>
        <translation>已发送。离线时现场报名的 {name}（#{number}）与 {like}（#{like_number}）相似{more}：如为同一人，请在“参会者”页面合并。</translation>
    </message>
</context>
<context>
    <name>DeskScreen</name>
    <message>
        <source>No badge printed: badge printing is not set up in this window.</source>
        <translation>未打印胸牌：此窗口未设置胸牌打印。</translation>
    </message>
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
        <source> s</source>
        <translation> 秒</translation>
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
        <source>Panel in Chinese too</source>
        <translation>面板加中文</translation>
    </message>
    <message>
        <source>Panel in English too</source>
        <translation>面板加英文</translation>
    </message>
    <message>
        <source>The result's headline and category also in the other language, for the person across the desk</source>
        <translation>结果的标题和类别同时以另一种语言显示，方便柜台对面的人阅读</translation>
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
        <source>Undo the check-in shown</source>
        <translation>撤销当前显示的签到</translation>
    </message>
    <message>
        <source>Print or reprint the badge of the person shown</source>
        <translation>打印或补打当前显示者的胸牌</translation>
    </message>
    <message>
        <source>Register a walk-in</source>
        <translation>现场报名新参会者</translation>
    </message>
    <message>
        <source>Back to the search field</source>
        <translation>回到搜索框</translation>
    </message>
    <message>
        <source>At a door with exits: entry or exit scans</source>
        <translation>设有出口的入口：切换入场／离场扫描</translation>
    </message>
    <message>
        <source>Admit one more at a full door</source>
        <translation>场内已满时再放行一人</translation>
    </message>
    <message>
        <source>Registered: {name} (Enter checks in)</source>
        <translation>已报名：{name}（按 Enter 签到）</translation>
    </message>
    <message>
        <source>Order {code}: {count} people · Enter checks in the highlighted person</source>
        <translation>订单 {code}：{count} 人 · 按 Enter 为选中的人签到</translation>
    </message>
    <message>
        <source>{count} found · Enter checks in the highlighted person</source>
        <translation>找到 {count} 人 · 按 Enter 为选中的人签到</translation>
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
        <source>No one found</source>
        <translation>找不到此人</translation>
    </message>
    <message>
        <source>No registration matches “{text}”. Check the spelling, try the Chinese name or the e-mail, or register a walk-in (F2).</source>
        <translation>没有与“{text}”相符的报名记录。请检查拼写，或试用中文姓名或邮箱，或进行现场报名（F2）。</translation>
    </message>
    <message>
        <source>The lists are read from the event's server when it answers</source>
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
        <source>Admit anyway</source>
        <translation>仍然放行</translation>
    </message>
    <message>
        <source>The door is full. Why admit this person? (kept in the log)</source>
        <translation>场内已满。为何仍放行此人？（将记入日志）</translation>
    </message>
    <message>
        <source>Checking in…</source>
        <translation>签到中…</translation>
    </message>
    <message>
        <source>NOT SAVED</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>this person</source>
        <translation>此人</translation>
    </message>
    <message>
        <source>Nothing to undo: pick the person from the latest check-ins or scan their badge.</source>
        <translation>没有可撤销的签到：请从最近的签到中选择此人，或扫描其胸牌。</translation>
    </message>
    <message>
        <source>undone at the desk</source>
        <translation>在签到处撤销</translation>
    </message>
    <message>
        <source>Undo saved at this desk (offline): it will be sent.</source>
        <translation>撤销签到已保存在本签到处（离线）：稍后将发送。</translation>
    </message>
    <message>
        <source>Undo saved at this desk (the event is busy): it will be sent.</source>
        <translation>撤销签到已保存在本签到处（活动数据库繁忙）：稍后将发送。</translation>
    </message>
    <message>
        <source>NOT UNDONE</source>
        <translation>未能撤销</translation>
    </message>
    <message>
        <source>Reprint badge  (Ctrl+P)</source>
        <translation>补打胸牌  (Ctrl+P)</translation>
    </message>
    <message>
        <source>Check someone in first, then print their badge.</source>
        <translation>请先为参会者签到，再打印胸牌。</translation>
    </message>
    <message>
        <source>Printing the badge of {name}…</source>
        <translation>正在打印 {name} 的胸牌…</translation>
    </message>
    <message>
        <source>Badge: asking the printer…</source>
        <translation>胸牌：正在连接打印机…</translation>
    </message>
    <message>
        <source>Badge sent to {printer} (Ctrl+P prints again).</source>
        <translation>胸牌已发送到 {printer}（Ctrl+P 可再次打印）。</translation>
    </message>
    <message>
        <source>No badge printed: no badge printer chosen (Badges screen). Badge PDF saved: {path}</source>
        <translation>未打印胸牌：未选择胸牌打印机（“胸牌”页面）。已保存胸牌 PDF：{path}</translation>
    </message>
    <message>
        <source>Badge not printed: reprint cancelled.</source>
        <translation>未打印胸牌：已取消补打。</translation>
    </message>
    <message>
        <source>No badge printed: it was printed before (Ctrl+P prints again).</source>
        <translation>未打印胸牌：之前已打印（Ctrl+P 可再次打印）。</translation>
    </message>
    <message>
        <source>No badge printed: no badge printer chosen (Badges screen).</source>
        <translation>未打印胸牌：未选择胸牌打印机（“胸牌”页面）。</translation>
    </message>
    <message>
        <source>No badge printed: check-in printing is off (Badges screen); Ctrl+P prints.</source>
        <translation>未打印胸牌：签到时打印已关闭（“胸牌”页面）；按 Ctrl+P 可打印。</translation>
    </message>
    <message>
        <source>No badge printed: unknown attendee.</source>
        <translation>未打印胸牌：找不到此参会者。</translation>
    </message>
    <message>
        <source>No badge printed: a lost badge gets its new code only while the server answers.</source>
        <translation>未打印胸牌：遗失胸牌的新编码只能在服务器响应时生成。</translation>
    </message>
    <message>
        <source>No badge printed: {why}.</source>
        <translation>未打印胸牌：{why}。</translation>
    </message>
    <message>
        <source>Badge not printed: {reason}</source>
        <translation>未打印胸牌：{reason}</translation>
    </message>
    <message>
        <source>The walk-in form is kept as typed: F2 opens it again.</source>
        <translation>现场报名表已按输入内容保留：按 F2 可再次打开。</translation>
    </message>
    <message>
        <source>Walk-in saved at this desk (offline), with a provisional number: it gets the event's number when it is sent.</source>
        <translation>现场报名已保存在本签到处（离线），暂用临时编号：发送后将获得活动编号。</translation>
    </message>
    <message>
        <source>Walk-ins registered offline were sent: they have the event's numbers now.</source>
        <translation>离线时的现场报名已发送：现已获得活动编号。</translation>
    </message>
    <message>
        <source>checked in / registered on {list}</source>
        <translation>已签到／已报名（{list}）</translation>
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
        <translation>新增 {created} · 更新 {updated} · 不变 {unchanged} · 拒绝 {rejected}</translation>
    </message>
    <message>
        <source>The column mapping was saved for the next file with these columns.</source>
        <translation>已保存列映射：下次导入列相同的文件时会沿用。</translation>
    </message>
    <message>
        <source>Likely duplicates: {merged} merged, {skipped} skipped</source>
        <translation>疑似重复：已合并 {merged} 个，已跳过 {skipped} 个</translation>
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
        <translation>单位</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家／地区</translation>
    </message>
    <message>
        <source>Ticketing id</source>
        <translation>票务编号</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>编辑 {name}</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>已报名</translation>
    </message>
    <message>
        <source>{state}, checked in {time} at {desk}</source>
        <translation>{state}，已于 {time} 在 {desk} 签到</translation>
    </message>
    <message>
        <source>No. {number} · badge code {code} · {state}</source>
        <translation>编号 {number} · 胸牌编码 {code} · {state}</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Shown at the desk on check-in, e.g. VIP: call host</source>
        <translation>签到时在签到处显示，例如：VIP，请通知接待人员</translation>
    </message>
    <message>
        <source>Internal notes (not shown at the desk)</source>
        <translation>内部备注（不在签到处显示）</translation>
    </message>
    <message>
        <source>Note for desk staff</source>
        <translation>签到处备注</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>个人信息</translation>
    </message>
</context>
<context>
    <name>EmptyEventHint</name>
    <message>
        <source>No attendees yet. Import your registrations (File &gt; Import registrations…, Ctrl+I) from the CSV or Excel export of your ticketing or form tool; walk-ins can be registered at the desk (F2).</source>
        <translation>尚无参会者。请从票务或表单工具导出的 CSV 或 Excel 文件导入报名数据（文件 &gt; 导入报名数据…，Ctrl+I）；现场人员可在签到处报名（F2）。</translation>
    </message>
    <message>
        <source>No attendees yet: import registrations (Ctrl+I) or register walk-ins (F2).</source>
        <translation>尚无参会者：导入报名数据（Ctrl+I）或进行现场报名（F2）。</translation>
    </message>
    <message>
        <source>Import registrations…</source>
        <translation>导入报名数据…</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong ({error}). Details are in the log file.</source>
        <translation>出现错误（{error}）。详情见日志文件。</translation>
    </message>
</context>
<context>
    <name>EventDetailsDialog</name>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg);;All files (*)</source>
        <translation>图片 (*.png *.jpg *.jpeg);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Event details</source>
        <translation>活动信息</translation>
    </message>
    <message>
        <source>e.g. Hong Kong Science Park, Pak Shek Kok</source>
        <translation>例如：白石角香港科学园</translation>
    </message>
    <message>
        <source>Hong Kong forms</source>
        <translation>香港字形</translation>
    </message>
    <message>
        <source>Taiwan forms</source>
        <translation>台湾字形</translation>
    </message>
    <message>
        <source>Mainland forms (Simplified)</source>
        <translation>内地字形（简体）</translation>
    </message>
    <message>
        <source>The glyph forms of Chinese names on badges and in the program. Attendees from Taiwan or the mainland get their own forms.</source>
        <translation>胸牌和日程上中文姓名的字形。来自台湾或内地的参会者会使用各自的字形。</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <translation>yyyy年M月d日 ddd</translation>
    </message>
    <message>
        <source>Move the timetable with the first day</source>
        <translation>日程随首日一起移动</translation>
    </message>
    <message>
        <source>Sessions move by as many days as the first day does, at the same local times</source>
        <translation>各场次按首日移动的天数一起移动，当地时间不变</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Choose picture…</source>
        <translation>选择图片…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Venue:</source>
        <translation>场地：</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>时区：</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>标志：</translation>
    </message>
    <message>
        <source>Chinese prints in:</source>
        <translation>中文字形：</translation>
    </message>
    <message>
        <source>Category colours (badge bands and the desk)</source>
        <translation>类别颜色（胸牌色带及签到处）</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>无标志</translation>
    </message>
    <message>
        <source>Printed on badges and the program's cover</source>
        <translation>印在胸牌和会议手册封面上</translation>
    </message>
    <message>
        <source>Choose the event's logo</source>
        <translation>选择活动标志</translation>
    </message>
    <message>
        <source>Colour of {category}</source>
        <translation>{category}的颜色</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Attendees</source>
        <translation>参会者</translation>
    </message>
    <message>
        <source>Check-in log</source>
        <translation>签到记录</translation>
    </message>
    <message>
        <source>Print log</source>
        <translation>打印记录</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel 工作簿（XLSX）</translation>
    </message>
    <message>
        <source>CSV, UTF-8 with BOM (.csv)</source>
        <translation>CSV（UTF-8，兼容 Excel）</translation>
    </message>
    <message>
        <source>Whoever has this file can print a working badge for anyone not yet checked in. It is saved readable by your user account only: keep it safe, do not e-mail it, delete it when done.</source>
        <translation>任何人拿到此文件，都能为尚未签到的人打印有效的胸牌。文件仅你的用户账户可读：请妥善保管，不要通过邮件发送，用完即删除。</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Include badge and ticket codes</source>
        <translation>包含胸牌和门票编码</translation>
    </message>
    <message>
        <source>Needed only to move the event to another Confdesk database</source>
        <translation>仅在将活动迁移到另一个 Confdesk 数据库时需要</translation>
    </message>
    <message>
        <source>All attendees</source>
        <translation>所有参会者</translation>
    </message>
    <message>
        <source>The {count} shown (the current filter)</source>
        <translation>当前显示的 {count} 位（当前筛选）</translation>
    </message>
    <message>
        <source>The {count} selected</source>
        <translation>选中的 {count} 位</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>导出到</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>Wrote {rows} rows to {path} (with badge and ticket codes; readable by your user account only)</source>
        <translation>已将 {rows} 行写入 {path}（包含胸牌和门票编码；仅你的用户账户可读）</translation>
    </message>
    <message>
        <source>Wrote {rows} rows to {path}</source>
        <translation>已将 {rows} 行写入 {path}</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Registrations (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
        <translation>报名数据 (*.csv *.tsv *.txt *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose the registration file</source>
        <translation>选择报名数据文件</translation>
    </message>
    <message>
        <source>CSV or TSV in any encoding (UTF-8, UTF-16, Big5, GBK, Windows-1252) or an XLSX workbook: Eventbrite, pretix, Indico, Google Forms or your own sheet.</source>
        <translation>任意编码的 CSV 或 Tab 分隔文件（UTF-8、UTF-16、繁体或简体中文编码、西欧编码），或 XLSX 工作簿：Eventbrite、pretix、Indico、Google 表单或你自己的表格。</translation>
    </message>
    <message>
        <source>/path/to/registrations.csv</source>
        <translation>/路径/报名数据.csv</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Registration file</source>
        <translation>报名数据文件</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Check in the highlighted person, or the code scanned</source>
        <translation>为选中的人或扫描的编码签到</translation>
    </message>
    <message>
        <source>Choose another person in the results</source>
        <translation>在搜索结果中选择其他人</translation>
    </message>
    <message>
        <source>Clear the field and the result</source>
        <translation>清空输入框和结果</translation>
    </message>
    <message>
        <source>Open the highlighted attendee</source>
        <translation>打开选中的参会者</translation>
    </message>
    <message>
        <source>Ctrl+arrows</source>
        <translation>Ctrl+方向键</translation>
    </message>
    <message>
        <source>Select the next session in that direction</source>
        <translation>选择该方向的下一个场次</translation>
    </message>
    <message>
        <source>Move the selected session earlier or later by one step</source>
        <translation>将选中的场次提前或推后一格</translation>
    </message>
    <message>
        <source>Move the selected session to the room beside</source>
        <translation>将选中的场次移到相邻的会议室</translation>
    </message>
    <message>
        <source>Shorten or lengthen the selected session</source>
        <translation>缩短或延长选中的场次</translation>
    </message>
    <message>
        <source>Edit the selected session</source>
        <translation>编辑选中的场次</translation>
    </message>
    <message>
        <source>Unschedule the selected session</source>
        <translation>将选中的场次移出时间表</translation>
    </message>
    <message>
        <source>Put the chosen unscheduled session in the first free slot</source>
        <translation>将选中的未安排场次放入第一个空档</translation>
    </message>
    <message>
        <source>Clear the selection</source>
        <translation>取消选择</translation>
    </message>
    <message>
        <source>Desk: check people in</source>
        <translation>签到处：为参会者签到</translation>
    </message>
    <message>
        <source>Scan a badge or a ticket QR code: the result is green (checked in), amber (already in: when and where) or red (not valid, cancelled, another event).</source>
        <translation>扫描胸牌或门票 QR 码：结果显示绿色（已签到）、琥珀色（已签到过：显示时间和地点）或红色（无效、已取消、其他活动）。</translation>
    </message>
    <message>
        <source>Or type a name, 中文姓名, organization, e-mail or number, and press Enter on the right person. Search finds both scripts and ignores accents and case.</source>
        <translation>或输入英文名、中文姓名、单位、邮箱或编号，选中正确的人后按 Enter。搜索同时查找中英文名字，并忽略重音符号和大小写。</translation>
    </message>
    <message>
        <source>The badge prints on check-in if Settings say so; Print badge (Ctrl+P) reprints.</source>
        <translation>如“设置”中已启用，签到时会打印胸牌；“打印胸牌”(Ctrl+P) 可补打。</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z) takes back the check-in shown, with a reason. Older ones: click them in the list of latest check-ins, or use the Attendees screen.</source>
        <translation>“撤销签到”(Ctrl+Z) 撤回当前显示的签到，须注明原因。较早的签到：在最近签到列表中点击，或使用“参会者”页面。</translation>
    </message>
    <message>
        <source>Walk-in (F2) registers someone at the desk; a likely duplicate is shown first.</source>
        <translation>“现场报名”(F2) 可在签到处为新来的人报名；如可能重复，会先显示相似记录。</translation>
    </message>
    <message>
        <source>If the event's server is away, the amber banner says so: go on scanning. Everything is kept at this desk and sent when the server is back.</source>
        <translation>如活动服务器连接中断，琥珀色横幅会提示：请继续扫描。所有数据都会保存在本签到处，服务器恢复后即会发送。</translation>
    </message>
    <message>
        <source>Attendees: everyone registered</source>
        <translation>参会者：所有已报名的人</translation>
    </message>
    <message>
        <source>Filter by typing (names in any script, organization, e-mail, number, code) and with the category, status, checked-in and printed lists.</source>
        <translation>输入文字即可筛选（任何文字的姓名、单位、邮箱、编号、胸牌编码），也可用类别、状态、已签到及已打印胸牌下拉列表筛选。</translation>
    </message>
    <message>
        <source>Double-click a row (or Ctrl+E) to edit; Notes (Ctrl+Shift+N) holds the note the desk shows on check-in.</source>
        <translation>双击一行（或按 Ctrl+E）即可编辑；“备注”(Ctrl+Shift+N) 保存签到时在签到处显示的备注。</translation>
    </message>
    <message>
        <source>Check in or undo a check-in here too, cancel a registration, merge two registrations of one person (Ctrl+M), see a person's history (Ctrl+H).</source>
        <translation>在此也可签到或撤销签到、取消报名、合并同一人的两条报名记录 (Ctrl+M)，以及查看个人记录 (Ctrl+H)。</translation>
    </message>
    <message>
        <source>Import brings in the CSV or Excel export of your ticketing; Export writes all, the current filter, or the selection.</source>
        <translation>“导入”可载入票务系统导出的 CSV 或 Excel 文件；“导出”可输出全部、当前筛选结果或选中的参会者。</translation>
    </message>
    <message>
        <source>Schedule: the timetable</source>
        <translation>日程：时间表</translation>
    </message>
    <message>
        <source>Drag sessions from the unscheduled list to a room and time; drag to move, drag the lower edge to lengthen. Conflicts (a room or a speaker twice) are listed on the right.</source>
        <translation>把场次从未安排列表拖到会议室和时段；拖动可移动，拖动下边缘可延长。冲突（会议室或演讲嘉宾重复）列在右侧。</translation>
    </message>
    <message>
        <source>Double-click a session to edit it, its speakers and its room. New session: Ctrl+Shift+N. Undo and redo: Ctrl+Z, Ctrl+Shift+Z or Ctrl+Y.</source>
        <translation>双击场次可编辑其内容、演讲嘉宾和会议室。新建场次：Ctrl+Shift+N。撤销和重做：Ctrl+Z、Ctrl+Shift+Z 或 Ctrl+Y。</translation>
    </message>
    <message>
        <source>Rooms and Tracks edit the rooms (with capacities) and the colour tracks.</source>
        <translation>“会议室”和“专题”可编辑会议室（含容纳人数）和以颜色区分的专题。</translation>
    </message>
    <message>
        <source>Releases publishes a numbered version of the program: what changed is listed, and a release with conflicts asks first.</source>
        <translation>“发布”会发布一个带编号的日程版本：列出改动之处；如有冲突，发布前会先确认。</translation>
    </message>
    <message>
        <source>Badges: design and print</source>
        <translation>胸牌：设计与打印</translation>
    </message>
    <message>
        <source>Choose a template and a sheet (one badge per page or several on a label sheet), and who to print (everyone, a category, not yet printed, a selection).</source>
        <translation>选择模板和纸张（每页一个胸牌，或在标签纸上印多个），再选择为谁打印（所有人、某类别、尚未打印、选中的人）。</translation>
    </message>
    <message>
        <source>The designer shows the badge of a real attendee (the longest name first): drag items, change texts, colours and sizes, add a QR code or the event's logo.</source>
        <translation>设计区以真实参会者的胸牌显示（先显示最长的名字）：可拖动元素，更改文字、颜色和大小，添加 QR 码或活动标志。</translation>
    </message>
    <message>
        <source>Category colours and the logo come from File &gt; Event details.</source>
        <translation>类别颜色和标志来自“文件 &gt; 活动信息”。</translation>
    </message>
    <message>
        <source>Print a calibration page first to set the printer's offsets.</source>
        <translation>请先打印校准页，以设置打印机的偏移量。</translation>
    </message>
    <message>
        <source>Dashboard: the event live</source>
        <translation>概览：活动实时情况</translation>
    </message>
    <message>
        <source>Arrivals by hour, check-ins by desk and by category, badges printed, and double admissions found after an outage. It refreshes by itself.</source>
        <translation>按时段的到场人数、各签到处及各类别的签到人数、已打印胸牌数，以及断网后发现的重复入场。页面会自动刷新。</translation>
    </message>
    <message>
        <source>The same figures come from the command confdesk dashboard --json (for a screen in the hall).</source>
        <translation>命令 confdesk dashboard --json 也会输出相同数据（可用于会场内的大屏幕）。</translation>
    </message>
    <message>
        <source>Program: the printed program</source>
        <translation>会议手册：印刷版会议手册</translation>
    </message>
    <message>
        <source>A grid per day, a program book, room signs and speaker itineraries as PDF, from the latest release or the working timetable.</source>
        <translation>以 PDF 生成每日时间表、会议手册、会议室指示牌和演讲嘉宾行程，内容来自最新发布版本或编辑中的时间表。</translation>
    </message>
    <message>
        <source>Zoom (Ctrl+=, Ctrl+-, Ctrl+0) and pages (PgUp, PgDown) in the preview.</source>
        <translation>预览中可缩放（Ctrl+=、Ctrl+-、Ctrl+0）和翻页（PgUp、PgDown）。</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>所有页面</translation>
    </message>
    <message>
        <source>Confdesk help</source>
        <translation>Confdesk 帮助</translation>
    </message>
    <message>
        <source>This screen</source>
        <translation>本页面</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>签到处</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>已签到</translation>
    </message>
    <message>
        <source>Check-in undone</source>
        <translation>已撤销签到</translation>
    </message>
    <message>
        <source>Scan refused</source>
        <translation>扫描被拒</translation>
    </message>
    <message>
        <source>Badge printed</source>
        <translation>已打印胸牌</translation>
    </message>
    <message>
        <source>Print failed</source>
        <translation>打印失败</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>已修改</translation>
    </message>
    <message>
        <source>Registration cancelled</source>
        <translation>报名已取消</translation>
    </message>
    <message>
        <source>Registration restored</source>
        <translation>报名已恢复</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>已合并</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>已报名</translation>
    </message>
    <message>
        <source>History of {name}</source>
        <translation>{name} 的记录</translation>
    </message>
    <message>
        <source>No. {number} · {count} entry · times in {zone}</source>
        <translation>编号 {number} · {count} 条记录 · 时间按 {zone} 显示</translation>
    </message>
    <message>
        <source>No. {number} · {count} entries · times in {zone}</source>
        <translation>编号 {number} · {count} 条记录 · 时间按 {zone} 显示</translation>
    </message>
    <message>
        <source>Nothing has happened to this registration yet.</source>
        <translation>此报名暂无任何记录。</translation>
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
        <translation>✔ {time} 已签到</translation>
    </message>
    <message>
        <source>○ Not checked in</source>
        <translation>○ 未签到</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（无姓名）</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>Import schedule: {file}</source>
        <translation>导入日程：{file}</translation>
    </message>
    <message>
        <source>{sessions} sessions in the file: {new} new, {updated} changed, {unchanged} unchanged; {withdrawn} withdrawn (not in the file any more); {conflicts} in conflict with edits made here.</source>
        <translation>文件中有 {sessions} 场日程：{new} 场新增、{updated} 场有更改、{unchanged} 场不变；{withdrawn} 场撤回（文件中已没有）；{conflicts} 场与此处的修改有冲突。</translation>
    </message>
    <message>
        <source>What</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>日程</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>更改</translation>
    </message>
    <message>
        <source>and {count} new sessions</source>
        <translation>另有 {count} 场新日程</translation>
    </message>
    <message>
        <source>Where a session was edited here and the file changed it too, take the file's</source>
        <translation>如日程在此处修改过而文件也有更改，采用文件的版本</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
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
        <translation>{encoding}，分隔符：{delimiter}</translation>
    </message>
    <message>
        <source>preset {preset}</source>
        <translation>预设格式：{preset}</translation>
    </message>
    <message>
        <source>saved mapping</source>
        <translation>已保存的列映射</translation>
    </message>
    <message>
        <source>suggested mapping</source>
        <translation>按列名自动映射</translation>
    </message>
    <message>
        <source>{file}: {how}; {via}</source>
        <translation>{file}：{how}；{via}</translation>
    </message>
    <message>
        <source>Import registrations</source>
        <translation>导入报名数据</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Import registrations from CSV or XLSX (Ctrl+I)</source>
        <translation>从 CSV 或 XLSX 导入报名数据 (Ctrl+I)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Export attendees or the logs to CSV or XLSX</source>
        <translation>将参会者或记录导出为 CSV 或 XLSX</translation>
    </message>
</context>
<context>
    <name>ImportWords</name>
    <message>
        <source>{count} row(s) have neither an id nor an email: a later import of the same people cannot recognise them and will add them again</source>
        <translation>{count} 行既没有编号也没有邮箱：以后再导入同一批人时无法识别，会再次新增</translation>
    </message>
    <message>
        <source>lines {line}-{end} were read as one row: a quote opened on line {line} closes only on line {end} (a stray quote?); fix the quote and import again</source>
        <translation>第 {line} 至 {end} 行被读成一行：第 {line} 行开始的引号到第 {end} 行才结束（多了一个引号？）；请修正引号后再导入</translation>
    </message>
    <message>
        <source>{cells} cells but the header has {columns} columns (a delimiter inside an unquoted value?)</source>
        <translation>有 {cells} 格，但表头只有 {columns} 列（未加引号的内容中有分隔符？）</translation>
    </message>
    <message>
        <source>{field} cut to {limit} characters</source>
        <translation>{field}已截短至 {limit} 个字符</translation>
    </message>
    <message>
        <source>{field} is {length} characters long (at most {limit}); shorten it</source>
        <translation>{field}长 {length} 个字符（最多 {limit} 个）；请缩短</translation>
    </message>
    <message>
        <source>name is {length} characters long (at most {limit}); shorten it</source>
        <translation>姓名长 {length} 个字符（最多 {limit} 个）；请缩短</translation>
    </message>
    <message>
        <source>local name is {length} characters long (at most {limit})</source>
        <translation>中文姓名长 {length} 个字符（最多 {limit} 个）</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>没有姓名</translation>
    </message>
    <message>
        <source>no name column mapped</source>
        <translation>未对应姓名列</translation>
    </message>
    <message>
        <source>malformed email '{email}'</source>
        <translation>邮箱格式有误：'{email}'</translation>
    </message>
    <message>
        <source>unknown category '{value}': give it a value rule ({value}=attendee, speaker, vip...) or a default category</source>
        <translation>未知的类别 '{value}'：请为它设置对应规则（{value}=attendee、speaker、vip…）或默认类别</translation>
    </message>
    <message>
        <source>duplicate of line {line} (same id '{value}')</source>
        <translation>与第 {line} 行重复（编号 '{value}' 相同）</translation>
    </message>
    <message>
        <source>duplicate of line {line} (same email and name)</source>
        <translation>与第 {line} 行重复（邮箱及姓名相同）</translation>
    </message>
    <message>
        <source>ticket code '{code}' is also on line {line}</source>
        <translation>票号 '{code}' 也出现在第 {line} 行</translation>
    </message>
    <message>
        <source>email '{email}' is shared by {count} attendee(s) and this name is new: added as a new person (merge them if it is a name corrected upstream)</source>
        <translation>邮箱 '{email}' 由 {count} 位参会者共用，而此姓名是新的：已新增为另一人（如只是上游更正了姓名，请合并）</translation>
    </message>
    <message>
        <source>email '{email}' and this name belong to {count} attendees; add an id column to tell them apart</source>
        <translation>邮箱 '{email}' 及此姓名属于 {count} 位参会者；请加入编号列以作区分</translation>
    </message>
    <message>
        <source>matches the same attendee as line {line}</source>
        <translation>与第 {line} 行对应同一位参会者</translation>
    </message>
    <message>
        <source>ticket code '{code}' is the badge code of attendee #{owner}</source>
        <translation>票号 '{code}' 是参会者 #{owner} 的胸牌编码</translation>
    </message>
    <message>
        <source>ticket code '{code}' already belongs to attendee #{owner}</source>
        <translation>票号 '{code}' 已属于参会者 #{owner}</translation>
    </message>
</context>
<context>
    <name>ListsDialog</name>
    <message>
        <source>signed-up people first</source>
        <translation>已报名参加者优先</translation>
    </message>
    <message>
        <source>signed-up people only</source>
        <translation>仅限已报名参加者</translation>
    </message>
    <message>
        <source>d MMM</source>
        <translation>M月d日</translation>
    </message>
    <message>
        <source>Badge pickup</source>
        <translation>领取胸牌</translation>
    </message>
    <message>
        <source>Day {number} - {date}</source>
        <translation>第 {number} 天 - {date}</translation>
    </message>
    <message>
        <source>once per event, prints the badge</source>
        <translation>每场活动一次，并打印胸牌</translation>
    </message>
    <message>
        <source>room {room}</source>
        <translation>会议室 {room}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>{categories} only</source>
        <translation>仅限{categories}</translation>
    </message>
    <message>
        <source>entry and exit</source>
        <translation>入场和离场</translation>
    </message>
    <message>
        <source>1 seat</source>
        <translation>1 个座位</translation>
    </message>
    <message>
        <source>{count} seats</source>
        <translation>{count} 个座位</translation>
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
        <translation>签到名单</translation>
    </message>
    <message>
        <source>List</source>
        <translation>名单</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>In</source>
        <translation>已入场</translation>
    </message>
    <message>
        <source>Inside</source>
        <translation>场内</translation>
    </message>
    <message>
        <source>Add list…</source>
        <translation>添加名单…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Sign-ups…</source>
        <translation>报名名单…</translation>
    </message>
    <message>
        <source>Who may check in where: the badge pickup, one list per day, and your own lists for sessions, doors, round tables and categories. A desk chooses its list in its header.</source>
        <translation>谁可以在哪里签到：领取胸牌、每天一个名单，以及你为场次、入口、圆桌会议和类别自建的名单。签到处在页面顶部选择使用的名单。</translation>
    </message>
    <message>
        <source>Remove list</source>
        <translation>移除名单</translation>
    </message>
    <message>
        <source>Remove {name} and its {count} check-ins?</source>
        <translation>要移除 {name} 及其 {count} 条签到记录吗？</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <source>Desk locked</source>
        <translation>签到处已锁定</translation>
    </message>
    <message>
        <source>&lt;h2&gt;{desk} is locked&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;{desk} 已锁定&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Choose your name and give the staff PIN to go on.</source>
        <translation>请选择你的名字并输入工作人员 PIN 以继续。</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Operator:</source>
        <translation>操作员：</translation>
    </message>
    <message>
        <source>Staff PIN:</source>
        <translation>工作人员 PIN：</translation>
    </message>
    <message>
        <source>The desk is locked: unlock it, then scan again.</source>
        <translation>签到处已锁定：请先解锁，再重新扫描。</translation>
    </message>
    <message>
        <source>Too many wrong PINs: please wait (longer each time).</source>
        <translation>PIN 错误次数过多：请稍候（每次等待时间会更长）。</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>PIN 错误。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{desk} has {count} check-in or other actions waiting to be sent to the event: rename the desk once they are sent.</source>
        <translation>{desk} 有 {count} 条签到或其他操作待发送到活动：发送完成后才能重命名签到处。</translation>
    </message>
    <message>
        <source>{desk} has {count} check-ins or other actions waiting to be sent to the event: rename the desk once they are sent.</source>
        <translation>{desk} 有 {count} 条签到或其他操作待发送到活动：发送完成后才能重命名签到处。</translation>
    </message>
    <message>
        <source>The event's server cannot be reached: {desk} keeps its name until it can.</source>
        <translation>无法连接活动服务器：连接前 {desk} 保留原名称。</translation>
    </message>
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
        <source>Import &amp;schedule…</source>
        <translation>导入日程(&amp;S)…</translation>
    </message>
    <message>
        <source>Export sc&amp;hedule…</source>
        <translation>导出日程(&amp;H)…</translation>
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
        <source>Event database</source>
        <translation>活动数据库</translation>
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
        <source>The {screen} screen could not open.</source>
        <translation>无法打开“{screen}”页面。</translation>
    </message>
    <message>
        <source>The file is no longer there</source>
        <translation>文件已不存在</translation>
    </message>
    <message>
        <source>No other event opened yet</source>
        <translation>尚未打开其他活动</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>清空列表</translation>
    </message>
    <message>
        <source>Event details</source>
        <translation>活动信息</translation>
    </message>
    <message>
        <source>Desk not renamed</source>
        <translation>签到处未重命名</translation>
    </message>
    <message>
        <source>Choose the staff PIN that unlocks the desk.</source>
        <translation>请设置用于解锁签到处的工作人员 PIN。</translation>
    </message>
    <message>
        <source>Choose the staff PIN that leaves kiosk mode. Attendees use the kiosk alone: only staff should know it.</source>
        <translation>请设置用于退出自助签到模式的工作人员 PIN。参会者会自行使用自助签到机：此 PIN 只应让工作人员知道。</translation>
    </message>
    <message>
        <source>About Confdesk</source>
        <translation>关于 Confdesk</translation>
    </message>
    <message>
        <source>Registration desk, timetable, badges and program for a conference, offline.</source>
        <translation>会议的签到处、日程、胸牌和会议手册，无需联网即可使用。</translation>
    </message>
    <message>
        <source>Database schema {schema}&lt;br&gt;Event database: {database}&lt;br&gt;Settings: {settings}&lt;br&gt;Qt for Python {qt}</source>
        <translation>数据库结构 {schema}&lt;br&gt;活动数据库：{database}&lt;br&gt;设置：{settings}&lt;br&gt;Qt for Python {qt}</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>External id</source>
        <translation>外部编号</translation>
    </message>
    <message>
        <source>Order code</source>
        <translation>订单编号</translation>
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
        <translation>全名（自动拆分）</translation>
    </message>
    <message>
        <source>Name in Chinese / local script</source>
        <translation>中文／本地文字姓名</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家／地区</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Ticket code</source>
        <translation>门票编码</translation>
    </message>
    <message>
        <source>Badge code (earlier store)</source>
        <translation>胸牌编码（旧数据库）</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Staff note</source>
        <translation>签到处备注</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>（忽略）</translation>
    </message>
    <message>
        <source>Eventbrite attendee report</source>
        <translation>Eventbrite 参会者报告</translation>
    </message>
    <message>
        <source>pretix check-in list</source>
        <translation>pretix 签到名单</translation>
    </message>
    <message>
        <source>pretix order export (positions)</source>
        <translation>pretix 订单导出（逐张门票）</translation>
    </message>
    <message>
        <source>Indico registrants</source>
        <translation>Indico 报名者</translation>
    </message>
    <message>
        <source>Google Forms responses</source>
        <translation>Google 表单回复</translation>
    </message>
    <message>
        <source>Confdesk attendee export</source>
        <translation>Confdesk 参会者导出</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列映射</translation>
    </message>
    <message>
        <source>Each column goes to a field, by its name. Columns left as “extra” are kept with the attendee; “(ignore)” drops them.</source>
        <translation>每一列按列名映射到一个字段。设为“额外字段”的列会随参会者保存；“（忽略）”则丢弃。</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列名</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>示例</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>对应字段</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>预设格式</translation>
    </message>
    <message>
        <source>Category values</source>
        <translation>类别对照</translation>
    </message>
    <message>
        <source>Value in the file</source>
        <translation>文件中的值</translation>
    </message>
    <message>
        <source>refuse the row</source>
        <translation>拒绝该行</translation>
    </message>
    <message>
        <source>Any other value:</source>
        <translation>其他值：</translation>
    </message>
    <message>
        <source>From the mapping saved for these columns</source>
        <translation>沿用这些列已保存的映射</translation>
    </message>
    <message>
        <source>From preset</source>
        <translation>来自预设格式</translation>
    </message>
    <message>
        <source>From column names</source>
        <translation>按列名映射</translation>
    </message>
    <message>
        <source>{source}: {preset}</source>
        <translation>{source}：{preset}</translation>
    </message>
    <message>
        <source>extra field</source>
        <translation>额外字段</translation>
    </message>
    <message>
        <source>choose…</source>
        <translation>请选择…</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>No.</source>
        <translation>编号</translation>
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
        <translation>单位</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>已签到</translation>
    </message>
    <message>
        <source>Badge code</source>
        <translation>胸牌编码</translation>
    </message>
    <message>
        <source>Staff note</source>
        <translation>签到处备注</translation>
    </message>
    <message>
        <source>Merge two registrations of the same person</source>
        <translation>合并同一人的两条报名记录</translation>
    </message>
    <message>
        <source>Find the other registration: name, e-mail, number…</source>
        <translation>查找另一条报名记录：姓名、邮箱、编号…</translation>
    </message>
    <message>
        <source>Keep:</source>
        <translation>保留：</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>{time} at {desk}</source>
        <translation>{time}（{desk}）</translation>
    </message>
    <message>
        <source>No. {dropped} will be hidden; its check-ins, badge prints, ticket codes and history move to No. {kept}. Both logs are kept.</source>
        <translation>编号 {dropped} 将被隐藏；其签到、胸牌打印、门票编码及记录将转到编号 {kept}。双方的日志都会保留。</translation>
    </message>
    <message>
        <source>No. {number}</source>
        <translation>编号 {number}</translation>
    </message>
    <message>
        <source>No. {number} {name}</source>
        <translation>编号 {number} {name}</translation>
    </message>
</context>
<context>
    <name>NameOnlyIconProvider</name>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Confdesk event</source>
        <translation>Confdesk 活动</translation>
    </message>
    <message>
        <source>{suffix} file</source>
        <translation>{suffix} 文件</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
</context>
<context>
    <name>NewEventDialog</name>
    <message>
        <source>Confdesk events (*.sqlite);;All files (*)</source>
        <translation>Confdesk 活动 (*.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Open event</source>
        <translation>打开活动</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>{event} (unreadable address)</source>
        <translation>{event}（无法读取的地址）</translation>
    </message>
    <message>
        <source>{event} — {where} (missing)</source>
        <translation>{event} — {where}（已不存在）</translation>
    </message>
    <message>
        <source>the event needs a name</source>
        <translation>请输入活动名称</translation>
    </message>
    <message>
        <source>choose a file for the new event</source>
        <translation>请为新活动选择文件</translation>
    </message>
    <message>
        <source>{path} already exists; choose another file name</source>
        <translation>{path} 已存在，请选择其他文件名</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>新建活动</translation>
    </message>
    <message>
        <source>e.g. Hong Kong AI Summit 2026</source>
        <translation>例如：2026 香港人工智能峰会</translation>
    </message>
    <message>
        <source>e.g. Hong Kong Science Park, Pak Shek Kok</source>
        <translation>例如：白石角香港科学园</translation>
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
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Venue:</source>
        <translation>场地：</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>时区：</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>New event file</source>
        <translation>新活动文件</translation>
    </message>
</context>
<context>
    <name>PdfControls</name>
    <message>
        <source>Previous page (PgUp)</source>
        <translation>上一页 (PgUp)</translation>
    </message>
    <message>
        <source>Next page (PgDown)</source>
        <translation>下一页 (PgDown)</translation>
    </message>
    <message>
        <source>of {count}</source>
        <translation>／{count}</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>适合页面</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>缩小 (Ctrl+-)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+=)</source>
        <translation>放大 (Ctrl+=)</translation>
    </message>
    <message>
        <source>fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>页</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Fit the width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>下一页</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>上一页</translation>
    </message>
    <message>
        <source>fit page</source>
        <translation>适合页面</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>comma</source>
        <translation>逗号</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>分号</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>pipe</source>
        <translation>竖线</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Check that names look right; change the encoding or delimiter if not.</source>
        <translation>请检查姓名是否显示正确；如不正确，请更改编码或分隔符。</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>分隔符</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <source>XLSX workbook, sheet “{sheet}”</source>
        <translation>XLSX 工作簿，工作表“{sheet}”</translation>
    </message>
    <message>
        <source>Detected: encoding {encoding}, delimiter {delimiter}</source>
        <translation>检测到：编码 {encoding}，分隔符：{delimiter}</translation>
    </message>
</context>
<context>
    <name>PrintQueue</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>参会者</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>打印机</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>任务编号</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>尝试记录</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>签到处</translation>
    </message>
    <message>
        <source>What the spooler said</source>
        <translation>打印系统回复</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <source>printing</source>
        <translation>打印中</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>已打印</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>PDF only</source>
        <translation>仅 PDF</translation>
    </message>
    <message>
        <source>desk</source>
        <translation>签到处</translation>
    </message>
    <message>
        <source>reprint</source>
        <translation>补打</translation>
    </message>
    <message>
        <source>failed: {error}</source>
        <translation>失败：{error}</translation>
    </message>
    <message>
        <source>done (PDF only, no printer)</source>
        <translation>完成（仅 PDF，无打印机）</translation>
    </message>
    <message>
        <source>{person} ({kind}: {reason})</source>
        <translation>{person}（{kind}：{reason}）</translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>尚未发送</translation>
    </message>
    <message>
        <source>Print queue…</source>
        <translation>打印队列…</translation>
    </message>
</context>
<context>
    <name>PrintQueueDialog</name>
    <message>
        <source>Print queue</source>
        <translation>打印队列</translation>
    </message>
</context>
<context>
    <name>PrintQueuePanel</name>
    <message>
        <source>Cancel job</source>
        <translation>取消打印</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>重新发送</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>重新打印</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>&lt;b&gt;This session at this desk&lt;/b&gt;</source>
        <translation>&lt;b&gt;本签到处（本次启动以来）&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Send to</source>
        <translation>发送到</translation>
    </message>
    <message>
        <source>&lt;b&gt;Print log: recent desk prints&lt;/b&gt;</source>
        <translation>&lt;b&gt;打印记录：各签到处最近的打印&lt;/b&gt;</translation>
    </message>
    <message>
        <source>the desk's printers, in order</source>
        <translation>签到处的打印机（按顺序）</translation>
    </message>
    <message>
        <source>the desk's printer</source>
        <translation>签到处的打印机</translation>
    </message>
    <message>
        <source>The print log cannot be read now: {error}</source>
        <translation>暂时无法读取打印记录：{error}</translation>
    </message>
    <message>
        <source>dd MMM</source>
        <translation>M月d日</translation>
    </message>
    <message>
        <source>Cancelling the badge of {person}…</source>
        <translation>正在取消 {person} 的胸牌…</translation>
    </message>
    <message>
        <source>That job has its answer already; nothing to cancel.</source>
        <translation>该任务已有结果，无法取消。</translation>
    </message>
    <message>
        <source>Sending the badge of {person} again to {printer}…</source>
        <translation>正在将 {person} 的胸牌重新发送到 {printer}…</translation>
    </message>
    <message>
        <source>Only a failed job is sent again, and a printer is needed.</source>
        <translation>只有失败的任务可以重新发送，且需要打印机。</translation>
    </message>
    <message>
        <source>Printing the badge of {person} again…</source>
        <translation>正在重新打印 {person} 的胸牌…</translation>
    </message>
</context>
<context>
    <name>PrinterPoolEditor</name>
    <message>
        <source>Add</source>
        <translation>添加</translation>
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
        <translation>日程表（每天一页）</translation>
    </message>
    <message>
        <source>Program book</source>
        <translation>会议手册</translation>
    </message>
    <message>
        <source>Room door signs</source>
        <translation>会议室门牌</translation>
    </message>
    <message>
        <source>Speaker itineraries</source>
        <translation>演讲嘉宾行程</translation>
    </message>
    <message>
        <source>By family name</source>
        <translation>按姓氏</translation>
    </message>
    <message>
        <source>By strokes (繁體)</source>
        <translation>按笔画（繁体）</translation>
    </message>
    <message>
        <source>By Pinyin (简体)</source>
        <translation>按拼音（简体）</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Chinese (繁體)</source>
        <translation>中文（繁体）</translation>
    </message>
    <message>
        <source>Chinese (简体)</source>
        <translation>中文（简体）</translation>
    </message>
    <message>
        <source>English and Chinese (繁體)</source>
        <translation>英文及中文（繁体）</translation>
    </message>
    <message>
        <source>English and Chinese (简体)</source>
        <translation>英文及中文（简体）</translation>
    </message>
    <message>
        <source>With attendance</source>
        <translation>附出席人数</translation>
    </message>
    <message>
        <source>How many came to each session, from its check-in list</source>
        <translation>每个场次的出席人数，按其签到名单统计</translation>
    </message>
    <message>
        <source>How speakers are listed: English names by family name, or Chinese names by stroke count (Traditional readers) or by Pinyin (Simplified readers)</source>
        <translation>演讲嘉宾的排列方式：英文姓名按姓氏排序，中文姓名按笔画（繁体读者）或按拼音（简体读者）排序</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>姓名排序</translation>
    </message>
    <message>
        <source>The language of the program's titles, headings and dates; session titles and names print as they are</source>
        <translation>日程表的标题、小标题及日期所用的语言；日程名称及姓名按原样打印</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>生成</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>保存 PDF…</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>日程版本</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>纸张</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>Choose a document and press Generate.</source>
        <translation>请选择文档，然后点击“生成”。</translation>
    </message>
    <message>
        <source>All days</source>
        <translation>全部日期</translation>
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
        <translation>当前草稿（未发布）</translation>
    </message>
    <message>
        <source>Generating the {document}…</source>
        <translation>正在生成{document}…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>all days</source>
        <translation>全部日期</translation>
    </message>
    <message>
        <source>ddd dd MMM</source>
        <translation>M月d日 ddd</translation>
    </message>
    <message>
        <source>{pages} page(s), {days}, {release} · made in {seconds} s</source>
        <translation>{pages} 页，{days}，{release} · 用时 {seconds} 秒</translation>
    </message>
    <message>
        <source> · {count} warning(s)</source>
        <translation> · {count} 个警告</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>已取消，未写入任何文件。</translation>
    </message>
    <message>
        <source>Print the program</source>
        <translation>打印文档</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>正在打印…</translation>
    </message>
    <message>
        <source>the printer could not be opened</source>
        <translation>无法打开打印机</translation>
    </message>
    <message>
        <source>Printed {printed} of {pages} page(s).</source>
        <translation>已打印 {printed} 页（共 {pages} 页）。</translation>
    </message>
    <message>
        <source>Save the PDF</source>
        <translation>保存 PDF</translation>
    </message>
    <message>
        <source>cannot write {path}: {error}</source>
        <translation>无法写入 {path}：{error}</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>已保存到 {path}</translation>
    </message>
</context>
<context>
    <name>ProofDialog</name>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <source>missing glyphs</source>
        <translation>缺字</translation>
    </message>
    <message>
        <source>text cut to fit</source>
        <translation>文字被截断</translation>
    </message>
    <message>
        <source>invisible or direction characters</source>
        <translation>不可见或方向字符</translation>
    </message>
    <message>
        <source>right-to-left name</source>
        <translation>从右到左的姓名</translation>
    </message>
    <message>
        <source>name order</source>
        <translation>姓名顺序</translation>
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
        <translation>机构</translation>
    </message>
    <message>
        <source>job title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>{item}: cut to “{text}” at {size} pt</source>
        <translation>{item}：被截断为“{text}”（{size} pt）</translation>
    </message>
    <message>
        <source>{field}: no font prints “{chars}”</source>
        <translation>{field}：没有字体能打印“{chars}”</translation>
    </message>
    <message>
        <source>{field}: hidden characters {chars}</source>
        <translation>{field}：含隐藏字符 {chars}</translation>
    </message>
    <message>
        <source>{field}: “{text}” prints right to left, shaped</source>
        <translation>{field}：“{text}”从右到左排印，已连写</translation>
    </message>
    <message>
        <source>the Chinese name “{name}” has a space inside: family name first, no space</source>
        <translation>中文姓名“{name}”中间有空格：应姓在前、名在后，不留空格</translation>
    </message>
    <message>
        <source>the Chinese name “{name}” may be given name first</source>
        <translation>中文姓名“{name}”可能是名在前、姓在后</translation>
    </message>
    <message>
        <source>{checked} badges checked: no problem found.</source>
        <translation>已检查 {checked} 个胸牌：未发现问题。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>{count} {problem}</source>
        <translation>{problem} {count} 个</translation>
    </message>
    <message>
        <source>{checked} badges checked: {problems} with problems ({found}). The proof PDF holds only those badges, each marked with what was found.</source>
        <translation>已检查 {checked} 个胸牌：{problems} 个有问题（{found}）。校样 PDF 仅包含这些胸牌，每个都标注了发现的问题。</translation>
    </message>
    <message>
        <source>Badge proof</source>
        <translation>胸牌校样</translation>
    </message>
    <message>
        <source>Open proof PDF</source>
        <translation>打开校样 PDF</translation>
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
        <translation>移动 {count}</translation>
    </message>
    <message>
        <source>{count} speakers</source>
        <translation>演讲嘉宾变更 {count}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>no changes</source>
        <translation>没有变更</translation>
    </message>
    <message>
        <source>Schedule releases</source>
        <translation>日程发布</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>发布时间</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>场次</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Name, e.g. v2 or final</source>
        <translation>名称，例如 v2 或 正式版</translation>
    </message>
    <message>
        <source>Notes (optional)</source>
        <translation>备注（可选）</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>发布(&amp;P)</translation>
    </message>
    <message>
        <source>New release:</source>
        <translation>新版本：</translation>
    </message>
    <message>
        <source>Not yet published</source>
        <translation>尚未发布</translation>
    </message>
    <message>
        <source>what the next release changes</source>
        <translation>下一个版本的变更</translation>
    </message>
    <message>
        <source>ddd dd MMM HH:mm</source>
        <translation>M月d日 ddd HH:mm</translation>
    </message>
    <message>
        <source>first release</source>
        <translation>首个版本</translation>
    </message>
    <message>
        <source>{count} open issues (conflicts, unscheduled or unconfirmed sessions). You can still publish.</source>
        <translation>有 {count} 个未解决的问题（冲突、未安排或未确认的场次）。仍可发布。</translation>
    </message>
    <message>
        <source>{count} open issue (conflicts, unscheduled or unconfirmed sessions). You can still publish.</source>
        <translation>有 {count} 个未解决的问题（冲突、未安排或未确认的场次）。仍可发布。</translation>
    </message>
    <message>
        <source>No open issues.</source>
        <translation>没有未解决的问题。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Changes since the last release&lt;/b&gt;</source>
        <translation>&lt;b&gt;上一个版本之后的变更&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Changes in {name}&lt;/b&gt; (against the one before)</source>
        <translation>&lt;b&gt;{name} 的变更&lt;/b&gt;（与前一版本相比）</translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation>没有变更。</translation>
    </message>
    <message>
        <source>{count} sessions</source>
        <translation>{count} 个场次</translation>
    </message>
    <message>
        <source>{count} session</source>
        <translation>{count} 个场次</translation>
    </message>
    <message>
        <source>{count} rooms</source>
        <translation>{count} 个会议室</translation>
    </message>
    <message>
        <source>{count} room</source>
        <translation>{count} 个会议室</translation>
    </message>
    <message>
        <source>{count} days</source>
        <translation>{count} 天</translation>
    </message>
    <message>
        <source>{count} day</source>
        <translation>{count} 天</translation>
    </message>
    <message>
        <source>The first release: it would hold {sessions}, {scheduled} of them scheduled, in {rooms} over {days}.</source>
        <translation>首个版本：将包含 {sessions}，其中 {scheduled} 个已安排，分布在 {rooms}，共 {days}。</translation>
    </message>
    <message>
        <source>The first release: it holds {sessions}, {scheduled} of them scheduled, in {rooms} over {days}.</source>
        <translation>首个版本：包含 {sessions}，其中 {scheduled} 个已安排，分布在 {rooms}，共 {days}。</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>…另有 {count} 项</translation>
    </message>
    <message>
        <source>The schedule has {count} open issues. Publish {name} anyway?</source>
        <translation>日程有 {count} 个未解决的问题。仍要发布 {name} 吗？</translation>
    </message>
    <message>
        <source>The schedule has {count} open issue. Publish {name} anyway?</source>
        <translation>日程有 {count} 个未解决的问题。仍要发布 {name} 吗？</translation>
    </message>
    <message>
        <source>Publish with open issues?</source>
        <translation>有未解决的问题，仍要发布？</translation>
    </message>
    <message>
        <source>Publish anyway</source>
        <translation>仍然发布</translation>
    </message>
    <message>
        <source>Not published: the open issues are listed above.</source>
        <translation>未发布：未解决的问题已列在上方。</translation>
    </message>
    <message>
        <source>Published {name}.</source>
        <translation>已发布 {name}。</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Confdesk backups (*.sqlite *.jsonl);;All files (*)</source>
        <translation>Confdesk 备份 (*.sqlite *.jsonl);;所有文件 (*)</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>升级前</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>手动</translation>
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
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Choose the backup to bring back. Check-ins and changes made after it was written are not in it.</source>
        <translation>请选择要恢复的备份。备份之后的签到和更改不包含在内。</translation>
    </message>
    <message>
        <source>This event is on a server shared by several desks: a backup is restored as a new event file on this computer (or with `confdesk restore` into an empty database).</source>
        <translation>此活动位于多个签到处共用的服务器上：备份将恢复为本电脑上的新活动文件（或用 `confdesk restore` 恢复到空数据库）。</translation>
    </message>
    <message>
        <source>No backups of this event yet: File &gt; Back up now writes one</source>
        <translation>此活动尚无备份：可用“文件 &gt; 立即备份”创建</translation>
    </message>
    <message>
        <source>Other backup file…</source>
        <translation>其他备份文件…</translation>
    </message>
    <message>
        <source>Restore this event</source>
        <translation>恢复此活动</translation>
    </message>
    <message>
        <source>Restore as a new event file…</source>
        <translation>恢复为新活动文件…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Restore from a backup file</source>
        <translation>从备份文件恢复</translation>
    </message>
    <message>
        <source>Replace the event with the backup {file}?

Check-ins and changes made after it was written will not be in the event. The current file is kept next to it as {stem}.replaced-….sqlite, and the event opens again from the backup.</source>
        <translation>要用备份 {file} 替换此活动吗？

备份之后的签到和更改将不会保留在活动中。当前文件将以 {stem}.replaced-….sqlite 保存在旁边，活动将从备份重新打开。</translation>
    </message>
    <message>
        <source>Restore as a new event file</source>
        <translation>恢复为新活动文件</translation>
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
        <source>Choose who is here</source>
        <translation>请选择到场的人</translation>
    </message>
    <message>
        <source>Type the person's name to find the registration, or register a walk-in.</source>
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
        <source>Scan again, or type the person's name.</source>
        <translation>请重新扫描，或输入此人的姓名。</translation>
    </message>
    <message>
        <source>Several people share this order: choose the one here and press Enter.</source>
        <translation>这张订单有几个人：选择到场的那位，再按 Enter。</translation>
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
        <source>Scan a badge or type a name</source>
        <translation>请扫描胸牌或输入姓名</translation>
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
    <message>
        <source>(no name)</source>
        <translation>（无姓名）</translation>
    </message>
</context>
<context>
    <name>RoomsDialog</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>Available (event time; blank = always)</source>
        <translation>可用时间（活动时区；留空即始终可用）</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>会议室</translation>
    </message>
    <message>
        <source>&amp;Add room</source>
        <translation>添加会议室(&amp;A)</translation>
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
        <translation>删除…</translation>
    </message>
    <message>
        <source>The order here is the order of the grid's columns. Availability: one window per line or separated by ';', e.g. 2026-12-03 09:00-18:00.</source>
        <translation>此处的顺序即日程表各列的顺序。可用时间：每行一段，或用“;”分隔，例如 2026-12-03 09:00-18:00。</translation>
    </message>
    <message>
        <source>Room {number}</source>
        <translation>会议室 {number}</translation>
    </message>
    <message>
        <source>Delete room</source>
        <translation>删除会议室</translation>
    </message>
    <message>
        <source>Delete {name}? Its sessions become unscheduled. This cannot be undone.</source>
        <translation>要删除 {name} 吗？其场次将变为未安排。此操作无法撤销。</translation>
    </message>
    <message>
        <source>row {row}: a room needs a name</source>
        <translation>第 {row} 行：会议室必须有名称</translation>
    </message>
    <message>
        <source>two rooms are called {name}</source>
        <translation>有两个会议室都叫 {name}</translation>
    </message>
    <message>
        <source>{name}: the capacity must be a whole number, not {value}</source>
        <translation>{name}：容量必须是整数，不能是 {value}</translation>
    </message>
    <message>
        <source>Edit rooms ({count} changes)</source>
        <translation>修改会议室（{count} 项变更）</translation>
    </message>
    <message>
        <source>Edit rooms ({count} change)</source>
        <translation>修改会议室（{count} 项变更）</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Reading the file</source>
        <translation>正在读取文件</translation>
    </message>
    <message>
        <source>Checking rows</source>
        <translation>正在检查</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>检查完毕</translation>
    </message>
    <message>
        <source>Adding attendees</source>
        <translation>正在添加参会者</translation>
    </message>
    <message>
        <source>Updating attendees</source>
        <translation>正在更新参会者</translation>
    </message>
    <message>
        <source>Merging likely duplicates</source>
        <translation>正在合并疑似重复的数据</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <source>All rows are written in one transaction: cancel and nothing changes.</source>
        <translation>所有行在同一事务中写入：取消则不做任何更改。</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>取消导入</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <source>{step}: {done} of {total}</source>
        <translation>{step}：{done}/{total}</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>已取消导入，未做任何更改。</translation>
    </message>
    <message>
        <source>Import failed; nothing was changed. {reason}</source>
        <translation>导入失败，未做任何更改。{reason}</translation>
    </message>
</context>
<context>
    <name>ScanWords</name>
    <message>
        <source>Checked in</source>
        <translation>已签到</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>已报名</translation>
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
        <source>Nothing scanned</source>
        <translation>没有扫描内容</translation>
    </message>
    <message>
        <source>Not a badge code (too long)</source>
        <translation>不是胸牌编码（太长）</translation>
    </message>
    <message>
        <source>Not a badge code (unreadable characters)</source>
        <translation>不是胸牌编码（有无法读取的字符）</translation>
    </message>
    <message>
        <source>Incomplete badge code: scan again</source>
        <translation>胸牌编码不完整：请重新扫描</translation>
    </message>
    <message>
        <source>Checked in for {list} (badge picked up on {day})</source>
        <translation>已在{list}签到（胸牌已于{day}领取）</translation>
    </message>
    <message>
        <source>Not on this list: {categories} only</source>
        <translation>不在此名单：仅限{categories}</translation>
    </message>
    <message>
        <source>Not today: this list is for {day}</source>
        <translation>不是今天：此名单适用于{day}</translation>
    </message>
    <message>
        <source>Outside this list's hours (opens {time})</source>
        <translation>不在此名单的时段（{time} 开始）</translation>
    </message>
    <message>
        <source>Outside this list's hours (closed at {time})</source>
        <translation>不在此名单的时段（已于 {time} 结束）</translation>
    </message>
    <message>
        <source>{list} has no exit scans</source>
        <translation>{list}不设离场扫描</translation>
    </message>
    <message>
        <source>Checked out of {list}</source>
        <translation>已离开{list}</translation>
    </message>
    <message>
        <source>Not inside {list}: no entry to end</source>
        <translation>不在{list}场内：没有入场记录可结束</translation>
    </message>
    <message>
        <source>Not signed up for {list}</source>
        <translation>未报名{list}</translation>
    </message>
    <message>
        <source>Checked in for {list}</source>
        <translation>已在{list}签到</translation>
    </message>
    <message>
        <source>In again: {list}</source>
        <translation>再次进入：{list}</translation>
    </message>
    <message>
        <source>Full for walk-ups: {held} of the {seats} seats are held for signed-up people ({list})</source>
        <translation>现场人员已满：{seats} 个座位中有 {held} 个留给已报名者（{list}）</translation>
    </message>
    <message>
        <source>Full: {inside} / {seats} ({list})</source>
        <translation>已满：{inside} / {seats}（{list}）</translation>
    </message>
    <message>
        <source>Order {code}: {count} people - choose who is here</source>
        <translation>订单 {code}：{count} 人 - 请选择到场的人</translation>
    </message>
    <message>
        <source>Order {code}: {count} people, the first {shown} listed - choose who is here</source>
        <translation>订单 {code}：{count} 人，列出前 {shown} 人 - 请选择到场的人</translation>
    </message>
    <message>
        <source>Speaker: hand over speaker pack</source>
        <translation>演讲嘉宾：请发放演讲嘉宾资料包</translation>
    </message>
    <message>
        <source>VIP: call host</source>
        <translation>贵宾：请通知接待人员</translation>
    </message>
    <message>
        <source>Press: hand over press kit</source>
        <translation>媒体：请发放媒体资料包</translation>
    </message>
    <message>
        <source>Sponsor: hand over sponsor pack</source>
        <translation>赞助商：请发放赞助商资料包</translation>
    </message>
    <message>
        <source>Exhibitor: hand over booth pass</source>
        <translation>参展商：请发放展位证</translation>
    </message>
    <message>
        <source>at {time}</source>
        <translation>于 {time}</translation>
    </message>
    <message>
        <source>on {day} at {time}</source>
        <translation>于{day} {time}</translation>
    </message>
    <message>
        <source>at {time} at {desk}</source>
        <translation>于 {time} 在{desk}</translation>
    </message>
    <message>
        <source>on {day} at {time} at {desk}</source>
        <translation>于{day} {time} 在{desk}</translation>
    </message>
    <message>
        <source>on {day}</source>
        <translation>于{day}</translation>
    </message>
    <message>
        <source>on {day} at {desk}</source>
        <translation>于{day}在{desk}</translation>
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
        <translation>{said} · {inside} / {seats}，即将满员</translation>
    </message>
    <message>
        <source>{said} · {inside} / {seats}</source>
        <translation>{said} · {inside} / {seats}</translation>
    </message>
    <message>
        <source>Already checked in {when}</source>
        <translation>已{when}签到</translation>
    </message>
    <message>
        <source>Already checked in</source>
        <translation>已签到过</translation>
    </message>
    <message>
        <source>Revoked badge (reprinted {when})</source>
        <translation>已作废的胸牌（{when}重印）</translation>
    </message>
    <message>
        <source>Revoked badge</source>
        <translation>已作废的胸牌</translation>
    </message>
    <message>
        <source>Already checked in for {list} {when} (inside)</source>
        <translation>已{when}在{list}签到（在场内）</translation>
    </message>
    <message>
        <source>Already checked in for {list} {when}</source>
        <translation>已{when}在{list}签到</translation>
    </message>
</context>
<context>
    <name>ScheduleCommand</name>
    <message>
        <source>Schedule “{title}”</source>
        <translation>安排“{title}”</translation>
    </message>
    <message>
        <source>Unschedule “{title}”</source>
        <translation>取消安排“{title}”</translation>
    </message>
    <message>
        <source>Resize “{title}”</source>
        <translation>调整“{title}”的时长</translation>
    </message>
    <message>
        <source>Move “{title}”</source>
        <translation>移动“{title}”</translation>
    </message>
    <message>
        <source>Edit “{title}”</source>
        <translation>修改“{title}”</translation>
    </message>
    <message>
        <source>New session “{title}”</source>
        <translation>新建场次“{title}”</translation>
    </message>
</context>
<context>
    <name>ScheduleController</name>
    <message>
        <source>Schedule</source>
        <translation>日程</translation>
    </message>
    <message>
        <source>the last undo or redo</source>
        <translation>上一次的撤销或重做</translation>
    </message>
    <message>
        <source>Not saved: {what}. {reason}</source>
        <translation>未保存：{what}。{reason}</translation>
    </message>
</context>
<context>
    <name>ScheduleScreen</name>
    <message>
        <source>Snap {minutes} min</source>
        <translation>对齐 {minutes} 分钟</translation>
    </message>
    <message>
        <source>Grid step for moving and resizing sessions</source>
        <translation>移动和调整场次时长时的时间步长</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
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
        <translation>缩小</translation>
    </message>
    <message>
        <source>Fit day</source>
        <translation>显示全天</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>后一天</translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation>前一天</translation>
    </message>
    <message>
        <source>New session…</source>
        <translation>新建场次…</translation>
    </message>
    <message>
        <source>Add a session</source>
        <translation>新建一个场次</translation>
    </message>
    <message>
        <source>Rooms…</source>
        <translation>会议室…</translation>
    </message>
    <message>
        <source>Rooms and capacities</source>
        <translation>会议室及容量</translation>
    </message>
    <message>
        <source>Tracks…</source>
        <translation>专题…</translation>
    </message>
    <message>
        <source>Tracks and colours</source>
        <translation>专题及颜色</translation>
    </message>
    <message>
        <source>Speakers…</source>
        <translation>演讲嘉宾…</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>演讲嘉宾</translation>
    </message>
    <message>
        <source>Releases…</source>
        <translation>发布…</translation>
    </message>
    <message>
        <source>Publish a version, see what changed</source>
        <translation>发布一个版本，查看有哪些变更</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Import a schedule file (frab XML, pretalx or schedule2 JSON, a calendar): see what changes first</source>
        <translation>导入日程文件（frab XML、pretalx 或 schedule2 JSON、日历）：先查看会有什么更改</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Write the schedule as frab XML, schedule JSON or iCalendar, or the speakers list as CSV or vCard</source>
        <translation>把日程写成 frab XML、日程 JSON 或 iCalendar，或把演讲嘉宾名单写成 CSV 或 vCard</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>日程</translation>
    </message>
    <message>
        <source>Undo {step} (Ctrl+Z)</source>
        <translation>撤销：{step} (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>撤销 (Ctrl+Z)</translation>
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
        <translation>专题</translation>
    </message>
    <message>
        <source>Select a session in the unscheduled list first, then press U.</source>
        <translation>请先在未安排列表中选择一个场次，然后按 U。</translation>
    </message>
    <message>
        <source>No free slot of {minutes} minutes on {day}.</source>
        <translation>{day}没有 {minutes} 分钟的空档。</translation>
    </message>
    <message>
        <source>Import schedule</source>
        <translation>导入日程</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>正在读取 {file}…</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>正在导入 {file}…</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was changed</source>
        <translation>已取消导入：没有任何更改</translation>
    </message>
    <message>
        <source>Imported {file}: {new} new, {updated} changed, {withdrawn} withdrawn, {conflicts} in conflict</source>
        <translation>已导入 {file}：{new} 场新增、{updated} 场有更改、{withdrawn} 场撤回、{conflicts} 场冲突</translation>
    </message>
    <message>
        <source>Export schedule</source>
        <translation>导出日程</translation>
    </message>
    <message>
        <source>Wrote {count} speakers to {file}</source>
        <translation>已将 {count} 位演讲嘉宾写入 {file}</translation>
    </message>
    <message>
        <source>Wrote {count} sessions to {file}</source>
        <translation>已将 {count} 场日程写入 {file}</translation>
    </message>
</context>
<context>
    <name>ScheduleStyle</name>
    <message>
        <source>Keynote</source>
        <translation>主旨演讲</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>演讲</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>小组讨论</translation>
    </message>
    <message>
        <source>Round table</source>
        <translation>圆桌会议</translation>
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
        <translation>全体大会</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>演讲嘉宾</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>主持人</translation>
    </message>
    <message>
        <source>Panelist</source>
        <translation>讨论嘉宾</translation>
    </message>
    <message>
        <source>room booked twice</source>
        <translation>会议室重复预订</translation>
    </message>
    <message>
        <source>speaker in two places</source>
        <translation>演讲嘉宾时间冲突</translation>
    </message>
    <message>
        <source>speaker not available</source>
        <translation>演讲嘉宾无法出席</translation>
    </message>
    <message>
        <source>room not available</source>
        <translation>会议室不可用</translation>
    </message>
    <message>
        <source>room too small</source>
        <translation>会议室容量不足</translation>
    </message>
    <message>
        <source>outside the event days</source>
        <translation>不在活动日期内</translation>
    </message>
    <message>
        <source>tight changeover</source>
        <translation>转场时间太短</translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation>未安排</translation>
    </message>
    <message>
        <source>not confirmed</source>
        <translation>未确认</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} 分钟</translation>
    </message>
    <message>
        <source>{name} (moderator)</source>
        <translation>{name}（主持人）</translation>
    </message>
    <message>
        <source>{name} (mod.)</source>
        <translation>{name}（主持）</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
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
        <translation>已移动</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>room</source>
        <translation>房间</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>track</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>subtitle</source>
        <translation>副标题</translation>
    </message>
    <message>
        <source>abstract</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>description</source>
        <translation>简介</translation>
    </message>
    <message>
        <source>language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>slug</source>
        <translation>短名</translation>
    </message>
    <message>
        <source>url</source>
        <translation>网址</translation>
    </message>
    <message>
        <source>speakers</source>
        <translation>演讲嘉宾</translation>
    </message>
    <message>
        <source>Schedules (*.xml *.json *.ics *.xcal);;frab XML (*.xml);;Schedule JSON (*.json);;Calendars (*.ics *.xcal)</source>
        <translation>日程文件 (*.xml *.json *.ics *.xcal);;frab XML (*.xml);;日程 JSON (*.json);;日历 (*.ics *.xcal)</translation>
    </message>
    <message>
        <source>frab XML (*.xml)</source>
        <translation>frab XML (*.xml)</translation>
    </message>
    <message>
        <source>frab XML, older c3voc schema (*.xml)</source>
        <translation>frab XML，旧版 c3voc 格式 (*.xml)</translation>
    </message>
    <message>
        <source>Schedule JSON (*.json)</source>
        <translation>日程 JSON (*.json)</translation>
    </message>
    <message>
        <source>c3voc schedule2 JSON (*.json)</source>
        <translation>c3voc schedule2 JSON (*.json)</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar 日历 (*.ics)</translation>
    </message>
    <message>
        <source>Speakers list, CSV (*.csv)</source>
        <translation>演讲嘉宾名单，CSV (*.csv)</translation>
    </message>
    <message>
        <source>Speakers list, vCard (*.vcf)</source>
        <translation>演讲嘉宾名单，vCard 名片 (*.vcf)</translation>
    </message>
    <message>
        <source>ddd dd MMM</source>
        <translation>M月d日（ddd）</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} 分钟</translation>
    </message>
    <message>
        <source>{field}: here {here}, in the file {file}</source>
        <translation>{field}：此处为 {here}，文件为 {file}</translation>
    </message>
    <message>
        <source>not in the file any more</source>
        <translation>文件中已没有</translation>
    </message>
    <message>
        <source>in the file again</source>
        <translation>再次出现在文件中</translation>
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
    <name>SessionDialog</name>
    <message>
        <source>English</source>
        <translation>英语</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>Cantonese</source>
        <translation>粤语</translation>
    </message>
    <message>
        <source>Chinese (Traditional)</source>
        <translation>中文（繁体）</translation>
    </message>
    <message>
        <source>Chinese (Simplified)</source>
        <translation>中文（简体）</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>日语</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>韩语</translation>
    </message>
    <message>
        <source>French</source>
        <translation>法语</translation>
    </message>
    <message>
        <source>German</source>
        <translation>德语</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>西班牙语</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>新建场次</translation>
    </message>
    <message>
        <source>Session: {title}</source>
        <translation>场次：{title}</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>(no track)</source>
        <translation>（无专题）</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Spans all rooms</source>
        <translation>跨所有会议室</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>演讲嘉宾</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Add speaker</source>
        <translation>添加演讲嘉宾</translation>
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
        <translation>标题(&amp;T)</translation>
    </message>
    <message>
        <source>S&amp;ubtitle</source>
        <translation>副标题(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Abstract</source>
        <translation>摘要(&amp;A)</translation>
    </message>
    <message>
        <source>T&amp;ype</source>
        <translation>类型(&amp;Y)</translation>
    </message>
    <message>
        <source>T&amp;rack</source>
        <translation>专题(&amp;R)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Expected audience</source>
        <translation>预计人数</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>状态(&amp;S)</translation>
    </message>
    <message>
        <source>From the file</source>
        <translation>导入文件信息</translation>
    </message>
    <message>
        <source>&lt;b&gt;Speakers&lt;/b&gt; (in billing order)</source>
        <translation>&lt;b&gt;演讲嘉宾&lt;/b&gt;（按宣传顺序）</translation>
    </message>
    <message>
        <source>Links: {items}</source>
        <translation>链接：{items}</translation>
    </message>
    <message>
        <source>Attachments: {items}</source>
        <translation>附件：{items}</translation>
    </message>
    <message>
        <source>Feedback: {link}</source>
        <translation>反馈：{link}</translation>
    </message>
    <message>
        <source>Source page: {link}</source>
        <translation>来源页面：{link}</translation>
    </message>
    <message>
        <source>Submission code: {code}</source>
        <translation>投稿编号：{code}</translation>
    </message>
    <message>
        <source>Not to be streamed</source>
        <translation>不进行直播</translation>
    </message>
    <message>
        <source>A session needs a title.</source>
        <translation>场次必须有标题。</translation>
    </message>
    <message>
        <source>A speaker is listed twice.</source>
        <translation>有演讲嘉宾重复列出。</translation>
    </message>
    <message>
        <source>No speaker called {name}; add them first.</source>
        <translation>没有名为 {name} 的演讲嘉宾：请先添加。</translation>
    </message>
</context>
<context>
    <name>SessionItem</name>
    <message>
        <source>all rooms</source>
        <translation>所有会议室</translation>
    </message>
    <message>
        <source>no room</source>
        <translation>无会议室</translation>
    </message>
    <message>
        <source>Track: {name}</source>
        <translation>专题：{name}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>event.sqlite or postgresql+psycopg://...</source>
        <translation>event.sqlite 或 postgresql+psycopg://...</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>who is working at this desk (kept in the logs)</source>
        <translation>在本签到处值班的人（将记入日志）</translation>
    </message>
    <message>
        <source>Event database:</source>
        <translation>活动数据库：</translation>
    </message>
    <message>
        <source>A file on this computer, or a PostgreSQL URL shared by several desks. --db and CONFDESK_DB take precedence.</source>
        <translation>本电脑上的文件，或多个签到处共用的 PostgreSQL URL。通过命令行参数或环境变量指定的数据库优先。</translation>
    </message>
    <message>
        <source>Desk name:</source>
        <translation>签到处名称：</translation>
    </message>
    <message>
        <source>Operator now:</source>
        <translation>当前操作员：</translation>
    </message>
    <message>
        <source>Badge printers:</source>
        <translation>胸牌打印机：</translation>
    </message>
    <message>
        <source>In order: a badge goes to the first printer that is ready and to the next when one fails, is paused or out of paper. None: badges are only saved as PDFs.</source>
        <translation>按顺序：胸牌发送到第一台就绪的打印机；打印机出错、暂停或缺纸时改用下一台。不设打印机：胸牌只保存为 PDF。</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>never</source>
        <translation>不备份</translation>
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
        <translation>自动备份：</translation>
    </message>
    <message>
        <source>Appearance:</source>
        <translation>外观：</translation>
    </message>
    <message>
        <source>As the system ({language}) · 跟隨系統 · 跟随系统</source>
        <translation>跟随系统（{language}）</translation>
    </message>
    <message>
        <source>Language · 語言 · 语言:</source>
        <translation>语言 · 語言：</translation>
    </message>
    <message>
        <source>Event database</source>
        <translation>活动数据库</translation>
    </message>
    <message>
        <source>Confdesk events (*.sqlite);;All files (*)</source>
        <translation>Confdesk 活动 (*.sqlite);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>Creating the demo event…</source>
        <translation>正在创建演示活动…</translation>
    </message>
    <message>
        <source>cannot connect to {server}, and desk {desk} has no copy of the event yet: it needs the server once before it can work without it</source>
        <translation>无法连接 {server}，且签到处 {desk} 尚无活动副本：需先连接服务器一次，之后才能离线工作</translation>
    </message>
    <message>
        <source>DAMAGED - {title}</source>
        <translation>已损坏 - {title}</translation>
    </message>
    <message>
        <source>The event file is damaged</source>
        <translation>活动文件已损坏</translation>
    </message>
    <message>
        <source>The event was restored from {file}.</source>
        <translation>活动已从 {file} 恢复。</translation>
    </message>
    <message>
        <source>The file it replaced is kept as {file}.</source>
        <translation>被替换的文件已保存为 {file}。</translation>
    </message>
    <message>
        <source>Nothing was restored: {error}</source>
        <translation>未恢复任何内容：{error}</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>{file} already exists; choose a new file name</source>
        <translation>{file} 已存在；请选择新的文件名</translation>
    </message>
    <message>
        <source>Open another event database, create a new event, or quit.</source>
        <translation>请打开另一个活动数据库、新建活动，或退出。</translation>
    </message>
    <message>
        <source>Open another…</source>
        <translation>打开其他…</translation>
    </message>
    <message>
        <source>New event…</source>
        <translation>新建活动…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
</context>
<context>
    <name>SignupsDialog</name>
    <message>
        <source>Sign-ups: {list}</source>
        <translation>报名名单：{list}</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>顺序</translation>
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
        <translation>输入英文名、中文名、邮箱或编号以报名参加</translation>
    </message>
    <message>
        <source>Sign up</source>
        <translation>报名参加</translation>
    </message>
    <message>
        <source>Cancel sign-up…</source>
        <translation>取消报名参加…</translation>
    </message>
    <message>
        <source>waiting {place}</source>
        <translation>候补第 {place} 位</translation>
    </message>
    <message>
        <source>seat {place}</source>
        <translation>座位 {place}</translation>
    </message>
    <message>
        <source>Choose the person first: type their name above.</source>
        <translation>请先选择参会者：在上方输入姓名。</translation>
    </message>
    <message>
        <source>Choose the sign-up to cancel in the list.</source>
        <translation>请在名单中选择要取消的报名。</translation>
    </message>
    <message>
        <source>Cancel sign-up</source>
        <translation>取消报名参加</translation>
    </message>
    <message>
        <source>Why is {name} off?</source>
        <translation>{name} 为什么取消？</translation>
    </message>
</context>
<context>
    <name>SpeakersDialog</name>
    <message>
        <source>Speakers</source>
        <translation>演讲嘉宾</translation>
    </message>
    <message>
        <source>Filter speakers…</source>
        <translation>筛选演讲嘉宾…</translation>
    </message>
    <message>
        <source>&amp;New speaker</source>
        <translation>添加演讲嘉宾(&amp;N)</translation>
    </message>
    <message>
        <source>Blank: throughout the event.
2026-12-03 09:00-18:00</source>
        <translation>留空：整个活动期间均可出席。
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
        <translation>单位(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>职务(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>邮箱(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Bio</source>
        <translation>简介(&amp;B)</translation>
    </message>
    <message>
        <source>A&amp;vailable</source>
        <translation>可出席时间(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Attendee</source>
        <translation>参会者(&amp;A)</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>场次</translation>
    </message>
    <message>
        <source>&amp;Save speaker</source>
        <translation>保存演讲嘉宾(&amp;S)</translation>
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
        <translation>{title}（未安排）</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <source>Availability {error}</source>
        <translation>可出席时间：{error}</translation>
    </message>
    <message>
        <source>A speaker needs a name.</source>
        <translation>演讲嘉宾必须有姓名。</translation>
    </message>
    <message>
        <source>New speaker {name}</source>
        <translation>添加演讲嘉宾 {name}</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>没有任何更改。</translation>
    </message>
    <message>
        <source>Edit speaker {name}</source>
        <translation>修改演讲嘉宾 {name}</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>StaffBox</name>
    <message>
        <source>A PIN is {low} to {high} digits.</source>
        <translation>PIN 须为 {low} 至 {high} 位数字。</translation>
    </message>
    <message>
        <source>The two PINs differ.</source>
        <translation>两次输入的 PIN 不一致。</translation>
    </message>
    <message>
        <source>Staff: kiosk and desk lock</source>
        <translation>工作人员：自助签到和签到处锁定</translation>
    </message>
    <message>
        <source>PIN set: type a new one to change it</source>
        <translation>已设置 PIN：输入新 PIN 即可更改</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>尚未设置</translation>
    </message>
    <message>
        <source>one name per line: chosen when the desk is unlocked</source>
        <translation>每行一个名字：解锁签到处时选择</translation>
    </message>
    <message>
        <source> min idle</source>
        <translation> 分钟无操作</translation>
    </message>
    <message>
        <source>never</source>
        <translation>不锁定</translation>
    </message>
    <message>
        <source>Start this laptop as a self-service kiosk</source>
        <translation>以自助签到机模式启动本电脑</translation>
    </message>
    <message>
        <source>Staff PIN:</source>
        <translation>工作人员 PIN：</translation>
    </message>
    <message>
        <source>PIN again:</source>
        <translation>再次输入 PIN：</translation>
    </message>
    <message>
        <source>Operators:</source>
        <translation>操作员：</translation>
    </message>
    <message>
        <source>Lock the desk after:</source>
        <translation>签到处自动锁定：</translation>
    </message>
    <message>
        <source>Kiosk:</source>
        <translation>自助签到：</translation>
    </message>
    <message>
        <source>Set a staff PIN first: it unlocks the desk and leaves kiosk mode.</source>
        <translation>请先设置工作人员 PIN：用于解锁签到处和退出自助签到模式。</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>Same as the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
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
        <translation>还没有会议室。
请用工具栏中的“会议室…”添加，然后把场次拖到这里。</translation>
    </message>
</context>
<context>
    <name>TracksDialog</name>
    <message>
        <source>Tracks</source>
        <translation>专题</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>&amp;Add track</source>
        <translation>添加专题(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation>颜色(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Remove track</source>
        <translation>移除专题(&amp;R)</translation>
    </message>
    <message>
        <source>Track colour</source>
        <translation>专题颜色</translation>
    </message>
    <message>
        <source>Track {number}</source>
        <translation>专题 {number}</translation>
    </message>
    <message>
        <source>Remove the track {name}? Its {count} session(s) keep their place, with no track. This cannot be undone.</source>
        <translation>要移除专题 {name} 吗？其 {count} 个场次将保留原有时间和会议室，但不属于任何专题。此操作无法撤销。</translation>
    </message>
    <message>
        <source>Remove the track {name}? This cannot be undone.</source>
        <translation>要移除专题 {name} 吗？此操作无法撤销。</translation>
    </message>
    <message>
        <source>Remove track</source>
        <translation>移除专题</translation>
    </message>
    <message>
        <source>Edit tracks</source>
        <translation>修改专题</translation>
    </message>
</context>
<context>
    <name>UndoReason</name>
    <message>
        <source>Undo check-in</source>
        <translation>撤销签到</translation>
    </message>
    <message>
        <source>Why is the check-in of {name} undone? (for the log)</source>
        <translation>为什么撤销 {name} 的签到？（记入日志）</translation>
    </message>
    <message>
        <source>Wrong person checked in</source>
        <translation>签到错了人</translation>
    </message>
</context>
<context>
    <name>UnscheduledPanel</name>
    <message>
        <source>Filter…</source>
        <translation>筛选…</translation>
    </message>
    <message>
        <source>Drag a session onto the grid, or select it and press U to place it in the first free slot. Drop a block from the grid here to unschedule it.</source>
        <translation>把场次拖到日程表上，或选中后按 U，放到第一个空档。把日程表上的场次拖到这里即取消安排。</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} 分钟</translation>
    </message>
    <message>
        <source>Unscheduled</source>
        <translation>未安排</translation>
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
        <source>Enter the person's name (in English or in Chinese).</source>
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
        <source>name@example.com</source>
        <translation>邮箱地址</translation>
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
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Confdesk opened a demo event to try everything on: the Hong Kong AI Summit 2026, with made-up attendees (names in English and Chinese), speakers and a two-day timetable. Scan, check in, print badges and move sessions as you like: it is not your event, and your event will be a file of its own.</source>
        <translation>Confdesk 已打开一个演示活动供你试用：2026 香港人工智能峰会，包含虚构的参会者（英文和中文姓名）、演讲嘉宾和两天的日程。你可以随意扫描、签到、打印胸牌和调整日程：这不是你的活动，你的活动将另存为独立文件。</translation>
    </message>
    <message>
        <source>Welcome to Confdesk</source>
        <translation>欢迎使用 Confdesk</translation>
    </message>
    <message>
        <source>&lt;b&gt;Create your event&lt;/b&gt;: its name, days, venue and time zone; then import your registrations or add people at the desk.&lt;br&gt;&lt;b&gt;Import registrations&lt;/b&gt;: create your event and bring in the CSV or Excel export of your ticketing or form tool straight away.</source>
        <translation>&lt;b&gt;创建你的活动&lt;/b&gt;：设置名称、日期、场地和时区；然后导入报名数据，或在签到处添加参会者。&lt;br&gt;&lt;b&gt;导入报名数据&lt;/b&gt;：创建活动后，立即导入票务或表单工具导出的 CSV 或 Excel 文件。</translation>
    </message>
    <message>
        <source>Create your event…</source>
        <translation>创建你的活动…</translation>
    </message>
    <message>
        <source>Import registrations…</source>
        <translation>导入报名数据…</translation>
    </message>
    <message>
        <source>Explore the demo</source>
        <translation>试用演示活动</translation>
    </message>
</context>
<context>
    <name>_RoomHeader</name>
    <message>
        <source>{count} seats</source>
        <translation>{count} 个座位</translation>
    </message>
</context>
</TS>
