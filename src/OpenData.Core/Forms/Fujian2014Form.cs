namespace OpenData;

/// <summary>
/// 福建省's own statistics table, which 福建 agencies (平潭综合实验区 among them) attached to their 2014–2018 reports instead
/// of the national one: 指标名称 | 计量单位 | N年度 | 历年累计, sixteen rows (../domain/tables.md §1.4).
/// </summary>
/// <remarks>
/// Each row has two cells: the year's figure (<c>.year</c>) and the running total since the agency began counting
/// (<c>.cum</c>), so the cumulative column also links one year's report to the last (X-F1).
/// </remarks>
internal static class Fujian2014Form
{
    // (row code, label as printed, English label, unit, English unit, depth, parent row, aliases)
    private static readonly (string Code, string Label, string LabelEn, string Unit, string UnitEn, int Depth, string? Parent, string[] Aliases)[] Rows =
    [
        ("fj.active.total", "主动公开文件数", "Documents proactively disclosed", "条", "items", 0, null, ["主动公开信息数"]),
        ("fj.active.website", "其中：1、政府网站公开数", "of which: 1. on the government website", "条", "items", 1, "fj.active.total", ["政府网站公开数", "网站公开数"]),
        ("fj.active.gazette", "2、政府公报公开数", "2. in the government gazette", "条", "items", 1, "fj.active.total", ["公报公开数"]),
        ("fj.apply.total", "受理依申请公开信息总数", "Applications for disclosure accepted", "条", "applications", 0, null, ["受理依申请公开总数"]),
        ("fj.apply.in_person", "其中：1、当面申请数", "of which: 1. in person", "条", "applications", 1, "fj.apply.total", ["当面申请数"]),
        ("fj.apply.online", "2、网上申请数", "2. online", "条", "applications", 1, "fj.apply.total", []),
        ("fj.apply.mail_fax", "3、信函、传真申请数", "3. by letter or fax", "条", "applications", 1, "fj.apply.total", ["信函传真申请数"]),
        ("fj.reply.total", "对申请的答复总数", "Replies to applications", "条", "applications", 0, null, []),
        ("fj.reply.granted", "其中：1、同意公开答复数", "of which: 1. disclosure agreed", "条", "applications", 1, "fj.reply.total", ["同意公开答复数"]),
        ("fj.reply.partial", "2、同意部分公开答复数", "2. partial disclosure agreed", "条", "applications", 1, "fj.reply.total", []),
        ("fj.reply.refused", "3、不予公开答复数", "3. disclosure refused", "条", "applications", 1, "fj.reply.total", []),
        ("fj.reply.other", "4、其他类型答复数", "4. other replies", "条", "applications", 1, "fj.reply.total", []),
        ("fj.fees_waived", "政府信息公开收费减免金额", "Disclosure fees reduced or waived", "元", "yuan", 0, null, ["收费减免金额"]),
        ("fj.complaints", "接受行政申诉、举报数", "Administrative appeals and reports received", "件", "cases", 0, null, ["接受行政诉讼、举报数", "行政申诉、举报数"]),
        ("fj.review", "行政复议数", "Administrative reconsideration cases", "件", "cases", 0, null, []),
        ("fj.lit", "行政诉讼数", "Administrative litigation cases", "件", "cases", 0, null, []),
    ];

    private static readonly FormColumn[] Columns =
    [
        new("year", "本年度", null) { LabelEn = "This year" },
        new("cum", "历年累计", null) { LabelEn = "Cumulative" },
    ];

    public static Form Create()
    {
        var builder = new FormBuilder();
        var indicators = new List<Indicator>();
        var rows = new List<FormRow>();
        foreach (var row in Rows)
        {
            rows.Add(new FormRow(row.Label, row.Depth + 1, [.. Columns.Select(c => $"{row.Code}.{c.Code}")], row.Unit) { LabelEn = row.LabelEn, UnitEn = row.UnitEn });
            foreach (var column in Columns)
            {
                // The running total is kept in the table and the data files; the year's figure is what a trend shows.
                indicators.Add(new Indicator(
                    $"{row.Code}.{column.Code}", $"{row.Label} / {column.Label}", row.Unit, FormBuilder.KindOf(row.Unit), "一",
                    row.Parent is null ? null : $"{row.Parent}.{column.Code}", row.Code, column.Code, row.Aliases)
                {
                    IsCharted = column.Code == "year",
                    RowLabelEn = row.LabelEn,
                    ColumnLabelEn = column.LabelEn,
                    UnitEn = row.UnitEn,
                });
            }
        }

        builder.AddTable(
            new FormTable("一", "政府信息公开工作情况统计表", Columns, rows)
            {
                HasUnitColumn = true,
                RowHeaderLabel = "指标名称",
                RowHeaderLabelEn = "Indicator",
                TitleEn = "Government information disclosure statistics",
            },
            indicators);
        AddRules(builder);
        builder.Province = "福建省";
        return builder.Build(
            Forms.Fujian2014Id,
            "政府信息公开工作情况统计表（福建省地方表式）",
            "Government information disclosure statistics table (Fujian provincial form)",
            "福建省地方表式，福建各级行政机关 2014—2018 年度报告附表",
            2014,
            2018);
    }

    private static void AddRules(FormBuilder b)
    {
        foreach (var column in Columns.Select(c => c.Code))
        {
            b.AddSum("R-F1", Severity.Error, $"fj.apply.total.{column}",
                [$"fj.apply.in_person.{column}", $"fj.apply.online.{column}", $"fj.apply.mail_fax.{column}"],
                "受理依申请公开信息总数等于三种申请方式之和", "applications accepted equal the sum of the three channels");
            b.AddSum("R-F2", Severity.Error, $"fj.reply.total.{column}",
                [$"fj.reply.granted.{column}", $"fj.reply.partial.{column}", $"fj.reply.refused.{column}", $"fj.reply.other.{column}"],
                "对申请的答复总数等于四类答复之和", "replies equal the sum of the four reply types");
            b.AddRule(new Rule("I-F1", Severity.Warning, RuleKind.AtMost,
                [new Term($"fj.active.website.{column}"), new Term($"fj.active.gazette.{column}")], [new Term($"fj.active.total.{column}")],
                $"fj.active.website.{column}",
                "政府网站与政府公报公开数之和不超过主动公开文件数", "items on the website and in the gazette are at most all items disclosed"));
        }

        foreach (var row in Rows)
        {
            b.AddAtMost("I-F2", $"{row.Code}.year", $"{row.Code}.cum",
                "本年度数不超过历年累计数", "the year's figure is at most the cumulative figure");

            // The running total grows by the year's figure; agencies have restarted it (平潭 in 2017), so a break is a
            // warning to explain, not an error.
            b.AddRule(new Rule("X-F1", Severity.Warning, RuleKind.Equal,
                [new Term($"{row.Code}.cum")],
                [new Term($"{row.Code}.cum", YearOffset: -1), new Term($"{row.Code}.year")],
                $"{row.Code}.cum",
                "历年累计数等于上年历年累计数加本年度数", "the cumulative figure equals last year's cumulative figure plus this year's"));
        }
    }
}
