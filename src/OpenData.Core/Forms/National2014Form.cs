namespace OpenData;

/// <summary>The old nine-section 《政府信息公开情况统计表》 (国办发〔2014〕32号), as the 上高县 2017 report prints it.</summary>
internal static class National2014Form
{
    // (code or null for a heading row, label as printed, English label, unit, English unit, depth, parent, aliases)
    private static readonly (string? Code, string Label, string LabelEn, string? Unit, string? UnitEn, int Depth, string? Parent, string[] Aliases)[] Rows =
    [
        (null, "一、主动公开情况", "I. Proactive disclosure", null, null, 0, null, []),
        ("old.active.total", "（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）", "(1) Government information proactively disclosed (one item through several channels counts once)", "条", "items", 1, null, ["主动公开政府信息数"]),
        ("old.active.normdoc_public", "其中：主动公开规范性文件数", "of which: normative documents proactively disclosed", "条", "items", 2, "old.active.total", ["主动公开规范性文件数"]),
        ("old.active.normdoc_issued", "制发规范性文件总数", "Normative documents issued", "件", "documents", 2, null, []),
        (null, "（二）通过不同渠道和方式公开政府信息的情况", "(2) Disclosure by channel", null, null, 1, null, []),
        ("old.active.ch.gazette", "1．政府公报公开政府信息数", "1. Disclosed in the government gazette", "条", "items", 2, null, []),
        ("old.active.ch.website", "2．政府网站公开政府信息数", "2. Disclosed on government websites", "条", "items", 2, null, []),
        ("old.active.ch.weibo", "3．政务微博公开政府信息数", "3. Disclosed on government Weibo accounts", "条", "items", 2, null, []),
        ("old.active.ch.wechat", "4．政务微信公开政府信息数", "4. Disclosed on government WeChat accounts", "条", "items", 2, null, []),
        ("old.active.ch.other", "5．其他方式公开政府信息数", "5. Disclosed by other means", "条", "items", 2, null, []),
        (null, "二、回应解读情况", "II. Responses and policy interpretation", null, null, 0, null, []),
        ("old.resp.hotspots", "（一）回应公众关注热点或重大舆情数（不同方式回应同一热点或舆情计1次）", "(1) Public concerns and major public-opinion issues responded to (one issue counts once)", "次", "issues", 1, null, ["回应公众关注热点或重大舆情数"]),
        (null, "（二）通过不同渠道和方式回应解读的情况", "(2) Responses and interpretation by channel", null, null, 1, null, []),
        ("old.resp.presser.total", "1．参加或举办新闻发布会总次数", "1. Press conferences held or attended", "次", "times", 2, null, []),
        ("old.resp.presser.chief", "其中：主要负责同志参加新闻发布会次数", "of which: press conferences attended by the agency head", "次", "times", 3, "old.resp.presser.total", []),
        ("old.resp.interview.total", "2．政府网站在线访谈次数", "2. Online interviews on government websites", "次", "times", 2, null, []),
        ("old.resp.interview.chief", "其中：主要负责同志参加政府网站在线访谈次数", "of which: online interviews with the agency head", "次", "times", 3, "old.resp.interview.total", []),
        ("old.resp.interpret_articles", "3．政策解读稿件发布数", "3. Policy interpretation articles published", "篇", "articles", 2, null, []),
        ("old.resp.weibo_wechat_events", "4．微博、微信回应事件数", "4. Events responded to on Weibo and WeChat", "次", "times", 2, null, ["4．微博微信回应事件数"]),
        ("old.resp.other_events", "5．其他方式回应事件数", "5. Events responded to by other means", "次", "times", 2, null, []),
        (null, "三、依申请公开情况", "III. Disclosure upon application", null, null, 0, null, []),
        ("old.apply.received.total", "（一）收到申请数", "(1) Applications received", "件", "applications", 1, null, []),
        ("old.apply.received.in_person", "1．当面申请数", "1. In person", "件", "applications", 2, "old.apply.received.total", []),
        ("old.apply.received.fax", "2．传真申请数", "2. By fax", "件", "applications", 2, "old.apply.received.total", []),
        ("old.apply.received.online", "3．网络申请数", "3. Online", "件", "applications", 2, "old.apply.received.total", []),
        ("old.apply.received.mail", "4．信函申请数", "4. By letter", "件", "applications", 2, "old.apply.received.total", []),
        ("old.apply.closed.total", "（二）申请办结数", "(2) Applications concluded", "件", "applications", 1, null, []),
        ("old.apply.closed.on_time", "1．按时办结数", "1. Concluded on time", "件", "applications", 2, "old.apply.closed.total", []),
        ("old.apply.closed.extended", "2．延期办结数", "2. Concluded after an extension", "件", "applications", 2, "old.apply.closed.total", []),
        ("old.apply.replied.total", "（三）申请答复数", "(3) Replies to applications", "件", "applications", 1, null, []),
        ("old.apply.replied.already_public", "1．属于已主动公开范围数", "1. Already proactively disclosed", "件", "applications", 2, "old.apply.replied.total", []),
        ("old.apply.replied.granted", "2．同意公开答复数", "2. Disclosure agreed", "件", "applications", 2, "old.apply.replied.total", []),
        ("old.apply.replied.partial", "3．同意部分公开答复数", "3. Partial disclosure agreed", "件", "applications", 2, "old.apply.replied.total", []),
        ("old.apply.replied.refused.total", "4．不同意公开答复数", "4. Disclosure refused", "件", "applications", 2, "old.apply.replied.total", []),
        ("old.apply.replied.refused.state_secret", "其中：涉及国家秘密", "of which: state secrets", "件", "applications", 3, "old.apply.replied.refused.total", ["涉及国家秘密"]),
        ("old.apply.replied.refused.commercial_secret", "涉及商业秘密", "Commercial secrets", "件", "applications", 3, "old.apply.replied.refused.total", []),
        ("old.apply.replied.refused.privacy", "涉及个人隐私", "Personal privacy", "件", "applications", 3, "old.apply.replied.refused.total", []),
        ("old.apply.replied.refused.security_stability", "危及国家安全、公共安全、经济安全和社会稳定", "Endangers national, public or economic security or social stability", "件", "applications", 3, "old.apply.replied.refused.total", []),
        ("old.apply.replied.refused.not_gov_info", "不是《条例》所指政府信息", "Not government information under the Regulations", "件", "applications", 3, "old.apply.replied.refused.total", []),
        ("old.apply.replied.refused.other_law", "法律法规规定的其他情形", "Other cases provided by laws and regulations", "件", "applications", 3, "old.apply.replied.refused.total", []),
        ("old.apply.replied.not_this_agency", "5．不属于本行政机关公开数", "5. Not for this agency to disclose", "件", "applications", 2, "old.apply.replied.total", []),
        ("old.apply.replied.not_exist", "6．申请信息不存在数", "6. Information does not exist", "件", "applications", 2, "old.apply.replied.total", []),
        ("old.apply.replied.told_to_amend", "7．告知作出更改补充数", "7. Applicant told to amend or supplement", "件", "applications", 2, "old.apply.replied.total", []),
        ("old.apply.replied.told_other_route", "8．告知通过其他途径办理数", "8. Applicant referred to other channels", "件", "applications", 2, "old.apply.replied.total", []),
        ("old.review.total", "四、行政复议数量", "IV. Administrative reconsideration cases", "件", "cases", 0, null, []),
        ("old.review.upheld", "（一）维持具体行政行为数", "(1) Specific administrative act upheld", "件", "cases", 1, "old.review.total", []),
        ("old.review.corrected", "（二）被依法纠错数", "(2) Corrected according to law", "件", "cases", 1, "old.review.total", []),
        ("old.review.other", "（三）其他情形数", "(3) Other outcomes", "件", "cases", 1, "old.review.total", []),
        ("old.lit.total", "五、行政诉讼数量", "V. Administrative litigation cases", "件", "cases", 0, null, []),
        ("old.lit.upheld", "（一）维持具体行政行为或者驳回原告诉讼请求数", "(1) Act upheld or claim dismissed", "件", "cases", 1, "old.lit.total", []),
        ("old.lit.corrected", "（二）被依法纠错数", "(2) Corrected according to law", "件", "cases", 1, "old.lit.total", []),
        ("old.lit.other", "（三）其他情形数", "(3) Other outcomes", "件", "cases", 1, "old.lit.total", []),
        ("old.complaint.total", "六、举报投诉数量", "VI. Reports and complaints", "件", "cases", 0, null, []),
        ("old.fees", "七、依申请公开信息收取的费用", "VII. Fees charged for disclosure upon application", "万元", "10,000 yuan", 0, null, []),
        (null, "八、机构建设和保障经费情况", "VIII. Organisation and funding", null, null, 0, null, []),
        ("old.org.units", "（一）政府信息公开工作专门机构数", "(1) Dedicated open government information offices", "个", "offices", 1, null, []),
        ("old.org.reading_points", "（二）设置政府信息公开查阅点数", "(2) Reading points for government information", "个", "points", 1, null, []),
        ("old.org.staff.total", "（三）从事政府信息公开工作人员数", "(3) Staff working on open government information", "人", "persons", 1, null, []),
        ("old.org.staff.full_time", "1．专职人员数（不包括政府公报及政府网站工作人员数）", "1. Full-time staff (not counting gazette and website staff)", "人", "persons", 2, "old.org.staff.total", ["专职人员数"]),
        ("old.org.staff.part_time", "2．兼职人员数", "2. Part-time staff", "人", "persons", 2, "old.org.staff.total", []),
        ("old.org.budget", "（四）政府信息公开专项经费（不包括用于政府公报编辑管理及政府网站建设维护等方面的经费）", "(4) Dedicated funding (not counting gazette and website costs)", "万元", "10,000 yuan", 1, null, ["政府信息公开专项经费"]),
        (null, "九、政府信息公开会议和培训情况", "IX. Meetings and training", null, null, 0, null, []),
        ("old.train.meetings", "（一）召开政府信息公开工作会议或专题会议数", "(1) Work meetings and special meetings held", "次", "times", 1, null, []),
        ("old.train.classes", "（二）举办各类培训班数", "(2) Training courses held", "次", "times", 1, null, []),
        ("old.train.trainees", "（三）接受培训人员数", "(3) Trainees", "人次", "person-times", 1, null, []),
    ];

    public static Form Create()
    {
        var builder = new FormBuilder();
        var indicators = new List<Indicator>();
        var rows = new List<FormRow>();
        var section = "一";
        foreach (var row in Rows)
        {
            if (row.Depth == 0)
            {
                section = row.Label[..1];
            }

            if (row.Code is null)
            {
                rows.Add(new FormRow(row.Label, row.Depth, [], null) { LabelEn = row.LabelEn });
                continue;
            }

            rows.Add(new FormRow(row.Label, row.Depth, [row.Code], row.Unit) { LabelEn = row.LabelEn, UnitEn = row.UnitEn });
            // The site charts the old form's cells except those of section 三 (依申请公开情况), which were kept to the
            // report table and the data files when the new forms' section 三 applicant columns were.
            indicators.Add(new Indicator(row.Code, row.Label, row.Unit, FormBuilder.KindOf(row.Unit), section, row.Parent, row.Code, null, row.Aliases)
            {
                IsCharted = section != "三",
                RowLabelEn = row.LabelEn,
                UnitEn = row.UnitEn,
            });
        }

        builder.AddTable(
            new FormTable("一", "政府信息公开情况统计表", [new FormColumn("value", "统计数", null) { LabelEn = "Figure" }], rows)
            {
                HasUnitColumn = true,
                TitleEn = "Government information disclosure statistics",
            },
            indicators);
        AddRules(builder);
        return builder.Build(
            Forms.National2014Id,
            "政府信息公开情况统计表（2014年版）",
            "Government information disclosure statistics table (2014 form)",
            "国办发〔2014〕32号",
            2014,
            2018);
    }

    private static void AddRules(FormBuilder b)
    {
        b.AddSum("R-O1", Severity.Error, "old.apply.received.total",
            ["old.apply.received.in_person", "old.apply.received.fax", "old.apply.received.online", "old.apply.received.mail"],
            "收到申请数等于各渠道申请数之和", "applications received equal the sum of the channels");
        b.AddSum("R-O2", Severity.Error, "old.apply.closed.total",
            ["old.apply.closed.on_time", "old.apply.closed.extended"],
            "申请办结数等于按时办结与延期办结之和", "applications closed equal on-time plus extended");
        b.AddSum("R-O3", Severity.Error, "old.apply.replied.total",
            ["old.apply.replied.already_public", "old.apply.replied.granted", "old.apply.replied.partial", "old.apply.replied.refused.total",
             "old.apply.replied.not_this_agency", "old.apply.replied.not_exist", "old.apply.replied.told_to_amend", "old.apply.replied.told_other_route"],
            "申请答复数等于八类答复之和", "replies equal the sum of the eight reply types");
        b.AddSum("R-O4", Severity.Error, "old.apply.replied.refused.total",
            ["old.apply.replied.refused.state_secret", "old.apply.replied.refused.commercial_secret", "old.apply.replied.refused.privacy",
             "old.apply.replied.refused.security_stability", "old.apply.replied.refused.not_gov_info", "old.apply.replied.refused.other_law"],
            "不同意公开答复数等于六种理由之和", "refusals equal the sum of the six reasons");
        b.AddSum("R-O5", Severity.Error, "old.review.total",
            ["old.review.upheld", "old.review.corrected", "old.review.other"],
            "行政复议数量等于三类结果之和", "administrative reconsideration cases equal the sum of their outcomes");
        b.AddSum("R-O6", Severity.Error, "old.lit.total",
            ["old.lit.upheld", "old.lit.corrected", "old.lit.other"],
            "行政诉讼数量等于三类结果之和", "administrative litigation cases equal the sum of their outcomes");
        b.AddSum("R-O8", Severity.Error, "old.org.staff.total",
            ["old.org.staff.full_time", "old.org.staff.part_time"],
            "工作人员数等于专职与兼职人员之和", "staff equal full-time plus part-time staff");

        b.AddAtMost("I-O1", "old.active.normdoc_public", "old.active.total",
            "主动公开规范性文件数不超过主动公开政府信息数", "normative documents published are at most all items published");
        b.AddAtMost("I-O2", "old.active.normdoc_public", "old.active.normdoc_issued",
            "主动公开规范性文件数通常不超过制发规范性文件总数", "normative documents published are usually at most those issued");
        foreach (var channel in new[] { "gazette", "website", "weibo", "wechat", "other" })
        {
            b.AddAtMost("I-O3", $"old.active.ch.{channel}", "old.active.total",
                "单一渠道公开数不超过主动公开政府信息数", "items published through one channel are at most all items published");
        }

        b.AddAtMost("I-O4", "old.resp.presser.chief", "old.resp.presser.total",
            "主要负责同志参加新闻发布会次数不超过总次数", "press conferences with the head are at most all press conferences");
        b.AddAtMost("I-O5", "old.resp.interview.chief", "old.resp.interview.total",
            "主要负责同志参加在线访谈次数不超过访谈次数", "online interviews with the head are at most all online interviews");
        b.AddRule(new Rule("I-O7", Severity.Warning, RuleKind.Equal,
            [new Term("old.apply.replied.total")], [new Term("old.apply.closed.total")], "old.apply.replied.total",
            "申请答复数原则上等于申请办结数", "replies should equal applications closed"));
    }
}
