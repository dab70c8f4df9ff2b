<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
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
    <name>CheckPage</name>
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
        <source>Checking in…</source>
        <translation>签到中…</translation>
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
    <name>MappingPage</name>
    <message>
        <source>External id</source>
        <translation>外部编号</translation>
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
        <source>Print queue…</source>
        <translation>打印队列…</translation>
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
        <translation type="unfinished">不清空</translation>
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
        <translation type="unfinished">不清空</translation>
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