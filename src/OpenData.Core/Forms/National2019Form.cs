namespace OpenData;

/// <summary>The 2019 format of the annual report (国办公开办函〔2019〕60号), for reports of 2019 and 2020.</summary>
internal static class National2019Form
{
    public static Form Create()
    {
        var b = new FormBuilder();
        NewFormParts.SetReportLayout(b);
        NewFormParts.ListColumn[] documents =
        [
            new("made", "本年新制作数量", "Made this year", "件", "documents", ValueKind.Count),
            new("published", "本年新公开数量", "Newly disclosed this year", "件", "documents", ValueKind.Count),
            new("public_total", "对外公开总数量", "Total disclosed", "件", "documents", ValueKind.Count),
        ];
        NewFormParts.ListColumn[] items =
        [
            new("prev_items", "上一年项目数量", "Items last year", "项", "items", ValueKind.Count),
            new("delta", "本年增/减", "Change this year", "项", "items", ValueKind.SignedChange),
            new("decisions", "处理决定数量", "Decisions", "件", "decisions", ValueKind.Count),
        ];
        NewFormParts.AddListTable(b, "第二十条第（一）项", documents,
            new("s2v19.rules", "规章", "Rules", []),
            new("s2v19.normdoc", "规范性文件", "Normative documents", ["行政规范性文件"]));
        NewFormParts.AddListTable(b, "第二十条第（五）项", items,
            new("s2v19.license", "行政许可", "Administrative licensing", []),
            new("s2v19.othersvc", "其他对外管理服务事项", "Other external administrative services", []));
        NewFormParts.AddListTable(b, "第二十条第（六）项", items,
            new("s2v19.penalty", "行政处罚", "Administrative penalties", []),
            new("s2v19.coercion", "行政强制", "Administrative coercion", []));
        NewFormParts.AddListTable(b, "第二十条第（八）项", items[..2],
            new NewFormParts.ListRow("s2v19.fees", "行政事业性收费", "Administrative fees", []));
        NewFormParts.AddListTable(b, "第二十条第（九）项",
            [new("projects", "采购项目数量", "Procurement projects", "个", "projects", ValueKind.Count), new("amount", "采购总金额", "Total procurement value", null, null, ValueKind.Amount)],
            new NewFormParts.ListRow("s2v19.procure", "政府集中采购", "Centralised government procurement", []));
        NewFormParts.AddApplications(b, splitOther: false);
        NewFormParts.AddReviewsAndLawsuits(b);

        foreach (var row in new[] { "rules", "normdoc" })
        {
            b.AddRule(new Rule("X-S2c", Severity.Warning, RuleKind.Equal,
                [new Term($"s2v19.{row}.public_total")],
                [new Term($"s2v19.{row}.public_total", YearOffset: -1), new Term($"s2v19.{row}.published")],
                $"s2v19.{row}.public_total",
                "对外公开总数量 = 上年对外公开总数量 + 本年新公开数量",
                "public total = last year's public total + published this year"));
        }

        foreach (var row in new[] { "license", "othersvc", "penalty", "coercion", "fees" })
        {
            b.AddRule(new Rule("X-S2d", Severity.Warning, RuleKind.Equal,
                [new Term($"s2v19.{row}.prev_items")],
                [new Term($"s2v19.{row}.prev_items", YearOffset: -1), new Term($"s2v19.{row}.delta", YearOffset: -1)],
                $"s2v19.{row}.prev_items",
                "上一年项目数量 = 上年的上一年项目数量 + 上年本年增/减",
                "previous-year items = last year's previous-year items + last year's change"));
        }

        return b.Build(
            Forms.National2019Id,
            "政府信息公开工作年度报告格式（2019年版）",
            "Annual report format, 2019 version",
            "国办公开办函〔2019〕60号",
            2019,
            2020);
    }
}
