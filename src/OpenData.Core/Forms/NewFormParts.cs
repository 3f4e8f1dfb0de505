namespace OpenData;

/// <summary>Sections 二, 三 and 四 of the 2019 and 2021 forms (国办公开办函〔2019〕60号, 〔2021〕30号).</summary>
internal static class NewFormParts
{
    // The established English terms (Core README, "English labels"): 行政复议 and 行政诉讼.
    private const string Reconsideration = "Administrative reconsideration";
    private const string Litigation = "Administrative litigation";

    // What the unit 件 counts in sections 三 and 四.
    private const string ApplicationsEn = "applications";
    private const string CasesEn = "cases";

    /// <summary>The applicant columns of section 三, left to right.</summary>
    public static readonly FormColumn[] ApplicantColumns =
    [
        new("nat", "自然人", null) { LabelEn = "Natural persons" },
        new("org.biz", "商业企业", Organisations) { LabelEn = "Businesses", GroupEn = OrganisationsEn },
        new("org.sci", "科研机构", Organisations) { LabelEn = "Research institutions", GroupEn = OrganisationsEn },
        new("org.npo", "社会公益组织", Organisations) { LabelEn = "Public-interest organisations", GroupEn = OrganisationsEn },
        new("org.law", "法律服务机构", Organisations) { LabelEn = "Legal service providers", GroupEn = OrganisationsEn },
        new("org.oth", "其他", Organisations) { LabelEn = "Other", GroupEn = OrganisationsEn },
        new("tot", "总计", null) { LabelEn = "Total" },
    ];

    private const string Organisations = "法人或其他组织";

    // 法人或其他组织: "legal persons or other organisations", the Regulations' term for applicants other than citizens.
    private const string OrganisationsEn = "Legal persons or other organisations";

    private static readonly string[] ReviewOutcomes = ["upheld", "corrected", "other", "pending", "total"];
    private static readonly string[] ReviewOutcomeLabels = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"];
    private static readonly string[] ReviewOutcomeLabelsEn = ["Upheld", "Corrected", "Other outcome", "Pending", "Total"];

    /// <summary>
    /// Sets how the new forms print the report: the text of section 一, then the tables as sections 二 to 四 (section 二 with
    /// its heading over several tables), then the text of 五 and 六.
    /// </summary>
    public static void SetReportLayout(FormBuilder b)
    {
        b.NarrativeSectionsBeforeTables = ["一"];
        b.SectionTitles["二"] = "二、主动公开政府信息情况";
        b.SectionTitlesEn["二"] = "II. Proactive disclosure of government information";
    }

    /// <summary>A row of a small section-二 table: row code prefix, label, English label, and aliases.</summary>
    public sealed record ListRow(string Code, string Label, string LabelEn, string[] Aliases);

    /// <summary>A column of a small section-二 table: code, header, English header, unit, English unit and value kind.</summary>
    public sealed record ListColumn(string Code, string Label, string LabelEn, string? Unit, string? UnitEn, ValueKind Kind);

    /// <summary>Adds one 第二十条 sub-table of section 二, whose cells are <c>&lt;row&gt;.&lt;column&gt;</c>.</summary>
    /// <param name="b">The form being built.</param>
    /// <param name="title">The table's title, 第二十条第（一）项…; its English title is read from it (Article 20(1)).</param>
    /// <param name="columns">The value columns.</param>
    /// <param name="rows">The rows.</param>
    public static void AddListTable(FormBuilder b, string title, ListColumn[] columns, params ListRow[] rows)
    {
        var indicators = new List<Indicator>();
        var formRows = new List<FormRow>();
        foreach (var row in rows)
        {
            var cells = new List<string>();
            foreach (var column in columns)
            {
                var code = $"{row.Code}.{column.Code}";
                cells.Add(code);
                indicators.Add(new Indicator(code, $"{row.Label} / {column.Label}", column.Unit, column.Kind, "二", null, row.Code, column.Code, row.Aliases)
                {
                    RowLabelEn = row.LabelEn,
                    ColumnLabelEn = column.LabelEn,
                    UnitEn = column.UnitEn,
                });
            }

            formRows.Add(new FormRow(row.Label, 0, cells, null) { LabelEn = row.LabelEn });
        }

        var table = new FormTable("二", title, [.. columns.Select(c => new FormColumn(c.Code, c.Label, null) { LabelEn = c.LabelEn })], formRows)
        {
            TitleEn = ArticleEn(title),
        };
        b.AddTable(table, indicators);
    }

    /// <summary>Adds the section-三 matrix: each data row × the seven applicant columns.</summary>
    /// <param name="b">The form being built.</param>
    /// <param name="splitOther">True for the 2021 form, whose （六）其他处理 has three sub-rows.</param>
    public static void AddApplications(FormBuilder b, bool splitOther)
    {
        var rows = new List<(string? Code, string Label, string LabelEn, int Depth, string? Parent, string[] Aliases)>
        {
            ("s3.new", "一、本年新收政府信息公开申请数量", "I. New applications received this year", 0, null, []),
            ("s3.carry_in", "二、上年结转政府信息公开申请数量", "II. Applications carried over from last year", 0, null, []),
            (null, "三、本年度办理结果", "III. Outcomes this year", 0, null, []),
            ("s3.granted", "（一）予以公开", "(1) Disclosed", 1, null, []),
            ("s3.partial", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "(2) Partially disclosed (a split decision counts here only)", 1, null, ["部分公开"]),
            (null, "（三）不予公开", "(3) Not disclosed", 1, null, []),
            ("s3.refused.secret", "1.属于国家秘密", "1. State secret", 2, "s3.refused", []),
            ("s3.refused.law", "2.其他法律行政法规禁止公开", "2. Prohibited by other laws or administrative regulations", 2, "s3.refused", []),
            ("s3.refused.security", "3.危及“三安全一稳定”", "3. Endangers security or social stability", 2, "s3.refused", ["3.危及\"三安全一稳定\"", "3.危及三安全一稳定"]),
            ("s3.refused.third_party", "4.保护第三方合法权益", "4. Protects the lawful rights of third parties", 2, "s3.refused", []),
            ("s3.refused.internal", "5.属于三类内部事务信息", "5. Internal affairs information", 2, "s3.refused", []),
            ("s3.refused.process", "6.属于四类过程性信息", "6. Process information", 2, "s3.refused", []),
            ("s3.refused.enforce_file", "7.属于行政执法案卷", "7. Administrative law-enforcement case file", 2, "s3.refused", []),
            ("s3.refused.query", "8.属于行政查询事项", "8. Administrative inquiry matter", 2, "s3.refused", []),
            (null, "（四）无法提供", "(4) Unable to provide", 1, null, []),
            ("s3.unable.not_held", "1.本机关不掌握相关政府信息", "1. Information not held by this agency", 2, "s3.unable", []),
            ("s3.unable.need_create", "2.没有现成信息需要另行制作", "2. Would have to be newly created", 2, "s3.unable", []),
            ("s3.unable.unclear", "3.补正后申请内容仍不明确", "3. Still unclear after amendment", 2, "s3.unable", []),
            (null, "（五）不予处理", "(5) Not processed", 1, null, []),
            ("s3.noproc.petition", "1.信访举报投诉类申请", "1. Petition, report or complaint", 2, "s3.noproc", []),
            ("s3.noproc.repeat", "2.重复申请", "2. Repeated application", 2, "s3.noproc", []),
            ("s3.noproc.publication", "3.要求提供公开出版物", "3. Asks for public publications", 2, "s3.noproc", []),
            ("s3.noproc.abusive", "4.无正当理由大量反复申请", "4. Many repeated applications without good reason", 2, "s3.noproc", []),
            ("s3.noproc.confirm", "5.要求行政机关确认或重新出具已获取信息", "5. Asks to confirm or reissue information already obtained", 2, "s3.noproc", []),
        };
        if (splitOther)
        {
            rows.Add((null, "（六）其他处理", "(6) Otherwise handled", 1, null, []));
            rows.Add(("s3.other.no_fix", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "1. Not amended in time without good reason; no longer processed", 2, "s3.other", []));
            rows.Add(("s3.other.no_fee", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "2. Fee not paid in time; no longer processed", 2, "s3.other", []));
            rows.Add(("s3.other.misc", "3.其他", "3. Other", 2, "s3.other", []));
        }
        else
        {
            rows.Add(("s3.other", "（六）其他处理", "(6) Otherwise handled", 1, null, []));
        }

        rows.Add(("s3.done", "（七）总计", "(7) Total", 1, null, ["总计"]));
        rows.Add(("s3.carry_out", "四、结转下年度继续办理", "IV. Carried over to next year", 0, null, []));

        var indicators = new List<Indicator>();
        var formRows = new List<FormRow>();
        foreach (var row in rows)
        {
            if (row.Code is null)
            {
                formRows.Add(new FormRow(row.Label, row.Depth, [], null) { LabelEn = row.LabelEn });
                continue;
            }

            var cells = ApplicantColumns.Select(c => $"{row.Code}.{c.Code}").ToArray();
            formRows.Add(new FormRow(row.Label, row.Depth, cells, "件") { LabelEn = row.LabelEn, UnitEn = ApplicationsEn });
            foreach (var column in ApplicantColumns)
            {
                var parent = row.Parent is null ? null : $"{row.Parent}.{column.Code}";
                indicators.Add(new Indicator(
                    $"{row.Code}.{column.Code}", $"{row.Label} / {column.Label}", "件", ValueKind.Count, "三", parent, row.Code, column.Code, row.Aliases)
                {
                    IsCharted = column.Code == "tot",
                    RowLabelEn = row.LabelEn,
                    ColumnLabelEn = column.LabelEn,
                    UnitEn = ApplicationsEn,
                });
            }
        }

        b.AddTable(
            new FormTable("三", "三、收到和处理政府信息公开申请情况", ApplicantColumns, formRows)
            {
                RowHeaderLabel = "项目",
                RowHeaderLabelEn = "Item",
                TitleEn = "III. Applications for government information received and handled",
            },
            indicators);
        AddApplicationRules(b, [.. rows.Where(r => r.Code is not null).Select(r => r.Code!)], splitOther);
    }

    private static void AddApplicationRules(FormBuilder b, IReadOnlyList<string> rowCodes, bool splitOther)
    {
        var parts = ApplicantColumns.Where(c => c.Code != "tot").Select(c => c.Code).ToArray();
        foreach (var row in rowCodes)
        {
            b.AddSum("R-N1", Severity.Error, $"{row}.tot", parts.Select(p => $"{row}.{p}"),
                "总计列等于各类申请人之和", "the total column equals the sum of the applicant columns");
        }

        string[] outcomeRows =
        [
            "s3.granted", "s3.partial",
            "s3.refused.secret", "s3.refused.law", "s3.refused.security", "s3.refused.third_party",
            "s3.refused.internal", "s3.refused.process", "s3.refused.enforce_file", "s3.refused.query",
            "s3.unable.not_held", "s3.unable.need_create", "s3.unable.unclear",
            "s3.noproc.petition", "s3.noproc.repeat", "s3.noproc.publication", "s3.noproc.abusive", "s3.noproc.confirm",
            .. splitOther ? new[] { "s3.other.no_fix", "s3.other.no_fee", "s3.other.misc" } : ["s3.other"],
        ];
        foreach (var column in ApplicantColumns.Select(c => c.Code))
        {
            b.AddSum("R-N2", Severity.Error, $"s3.done.{column}", outcomeRows.Select(r => $"{r}.{column}"),
                "（七）总计等于各项办理结果之和", "(7) total equals the sum of the outcome rows");
        }

        foreach (var column in ApplicantColumns.Select(c => c.Code))
        {
            b.AddRule(new Rule("R-N3", Severity.Error, RuleKind.Equal,
                [new Term($"s3.new.{column}"), new Term($"s3.carry_in.{column}")],
                [new Term($"s3.done.{column}"), new Term($"s3.carry_out.{column}")],
                $"s3.carry_out.{column}",
                "本年新收 + 上年结转 = 办理结果总计 + 结转下年度",
                "new + carried in = total handled + carried out"));
        }

        foreach (var column in ApplicantColumns.Select(c => c.Code))
        {
            b.AddRule(new Rule("X-N1", Severity.Error, RuleKind.Equal,
                [new Term($"s3.carry_in.{column}")],
                [new Term($"s3.carry_out.{column}", YearOffset: -1)],
                $"s3.carry_in.{column}",
                "本年上年结转等于上年结转下年度",
                "carried in equals last year's carried out",
                FirstYear: 2020));
        }
    }

    /// <summary>The English title of a 第二十条 sub-table: 第二十条第（一）项 is "Article 20(1)".</summary>
    private static string ArticleEn(string title)
    {
        const string numerals = "一二三四五六七八九";
        var item = title[title.IndexOf('（', StringComparison.Ordinal) + 1];
        return $"Article 20({numerals.IndexOf(item, StringComparison.Ordinal) + 1})";
    }

    /// <summary>Adds section 四: one row of 15 cells, 行政复议 and two kinds of 行政诉讼, each with five outcomes.</summary>
    public static void AddReviewsAndLawsuits(FormBuilder b)
    {
        (string Code, string Label, string Group, string LabelEn, string GroupEn)[] groups =
        [
            ("s4.rev", "行政复议", "行政复议", Reconsideration, Reconsideration),
            ("s4.lit_direct", "未经复议直接起诉", "行政诉讼 / 未经复议直接起诉", "Filed without reconsideration", $"{Litigation} / Filed without reconsideration"),
            ("s4.lit_after", "复议后起诉", "行政诉讼 / 复议后起诉", "Filed after reconsideration", $"{Litigation} / Filed after reconsideration"),
        ];
        var columns = new List<FormColumn>();
        var indicators = new List<Indicator>();
        foreach (var group in groups)
        {
            for (var i = 0; i < ReviewOutcomes.Length; i++)
            {
                var code = $"{group.Code}.{ReviewOutcomes[i]}";
                columns.Add(new FormColumn(code, ReviewOutcomeLabels[i], group.Group) { LabelEn = ReviewOutcomeLabelsEn[i], GroupEn = group.GroupEn });
                var parent = ReviewOutcomes[i] == "total" ? null : $"{group.Code}.total";
                indicators.Add(new Indicator(code, $"{group.Group} / {ReviewOutcomeLabels[i]}", "件", ValueKind.Count, "四", parent, group.Code, ReviewOutcomes[i], [])
                {
                    RowLabelEn = group.GroupEn,
                    ColumnLabelEn = ReviewOutcomeLabelsEn[i],
                    UnitEn = CasesEn,
                });
            }
        }

        const string title = "四、政府信息公开行政复议、行政诉讼情况";
        const string titleEn = "IV. Administrative reconsideration and litigation concerning open government information";
        var row = new FormRow(title, 0, [.. columns.Select(c => c.Code)], "件") { LabelEn = titleEn, UnitEn = CasesEn };
        FormRow[] groupRows = [.. groups.Select(g => new FormRow(g.Label, 0, [.. ReviewOutcomes.Select(o => $"{g.Code}.{o}")], "件") { LabelEn = g.LabelEn, UnitEn = CasesEn })];
        var grouped = new FormTable("四", title, [.. ReviewOutcomes.Select((o, i) => new FormColumn(o, ReviewOutcomeLabels[i], null) { LabelEn = ReviewOutcomeLabelsEn[i] })], groupRows) { TitleEn = titleEn };
        b.AddTable(new FormTable("四", title, columns, [row]) { GroupedLayout = grouped, TitleEn = titleEn }, indicators);
        foreach (var group in groups)
        {
            b.AddSum("R-N4", Severity.Error, $"{group.Code}.total",
                ReviewOutcomes.Where(o => o != "total").Select(o => $"{group.Code}.{o}"),
                "总计等于结果维持、结果纠正、其他结果与尚未审结之和",
                "the total equals upheld + corrected + other + pending");
        }
    }
}
