namespace OpenData;

/// <summary>The revised format of the annual report (国办公开办函〔2021〕30号), for reports of 2021 onwards.</summary>
internal static class National2021Form
{
    public static Form Create()
    {
        var b = new FormBuilder();
        NewFormParts.SetReportLayout(b);
        NewFormParts.AddListTable(b, "第二十条第（一）项",
            [
                new("issued", "本年制发件数", "Issued this year", "件", "documents", ValueKind.Count),
                new("repealed", "本年废止件数", "Repealed this year", "件", "documents", ValueKind.Count),
                new("in_force", "现行有效件数", "In force", "件", "documents", ValueKind.Count),
            ],
            new("s2.rules", "规章", "Rules", []),
            new("s2.normdoc", "行政规范性文件", "Administrative normative documents", ["规范性文件"]));
        NewFormParts.ListColumn[] decisions = [new("decisions", "本年处理决定数量", "Decisions this year", "件", "decisions", ValueKind.Count)];
        NewFormParts.AddListTable(b, "第二十条第（五）项", decisions, new NewFormParts.ListRow("s2.license", "行政许可", "Administrative licensing", []));
        NewFormParts.AddListTable(b, "第二十条第（六）项", decisions,
            new("s2.penalty", "行政处罚", "Administrative penalties", []),
            new("s2.coercion", "行政强制", "Administrative coercion", []));
        NewFormParts.AddListTable(b, "第二十条第（八）项",
            [new("amount_wan", "本年收费金额（单位：万元）", "Fees this year (10,000 yuan)", "万元", "10,000 yuan", ValueKind.Amount)],
            new NewFormParts.ListRow("s2.fees", "行政事业性收费", "Administrative fees", []));
        NewFormParts.AddApplications(b, splitOther: true);
        NewFormParts.AddReviewsAndLawsuits(b);

        foreach (var row in new[] { "rules", "normdoc" })
        {
            b.AddRule(new Rule(row == "rules" ? "X-S2a" : "X-S2b", Severity.Warning, RuleKind.Equal,
                [new Term($"s2.{row}.in_force")],
                [new Term($"s2.{row}.in_force", YearOffset: -1), new Term($"s2.{row}.issued"), new Term($"s2.{row}.repealed", Sign: -1)],
                $"s2.{row}.in_force",
                "现行有效件数 = 上年现行有效件数 + 本年制发件数 − 本年废止件数",
                "in force = last year's in force + issued − repealed"));
        }

        return b.Build(
            Forms.National2021Id,
            "政府信息公开工作年度报告格式（2021年版）",
            "Annual report format, 2021 version",
            "国办公开办函〔2021〕30号",
            2021,
            null);
    }
}
