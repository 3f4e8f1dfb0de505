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
                new("issued", "本年制发件数", "件", ValueKind.Count),
                new("repealed", "本年废止件数", "件", ValueKind.Count),
                new("in_force", "现行有效件数", "件", ValueKind.Count),
            ],
            new("s2.rules", "规章", []),
            new("s2.normdoc", "行政规范性文件", ["规范性文件"]));
        NewFormParts.ListColumn[] decisions = [new("decisions", "本年处理决定数量", "件", ValueKind.Count)];
        NewFormParts.AddListTable(b, "第二十条第（五）项", decisions, new NewFormParts.ListRow("s2.license", "行政许可", []));
        NewFormParts.AddListTable(b, "第二十条第（六）项", decisions,
            new("s2.penalty", "行政处罚", []),
            new("s2.coercion", "行政强制", []));
        NewFormParts.AddListTable(b, "第二十条第（八）项",
            [new("amount_wan", "本年收费金额（单位：万元）", "万元", ValueKind.Amount)],
            new NewFormParts.ListRow("s2.fees", "行政事业性收费", []));
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
