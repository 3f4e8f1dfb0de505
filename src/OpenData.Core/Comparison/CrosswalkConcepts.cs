namespace OpenData;

/// <summary>The concepts of the <see cref="Crosswalk"/>, from ../domain/tables.md §2.4 and the 2019 → 2021 section 二 mapping.</summary>
internal static class CrosswalkConcepts
{
    private const string Old = Forms.National2014Id;
    private const string V19 = Forms.National2019Id;
    private const string V21 = Forms.National2021Id;
    private const string Fj = Forms.Fujian2014Id;

    public static IReadOnlyList<Concept> Create()
    {
        static IEnumerable<ConceptSource> New(params string[] codes) =>
            [Crosswalk.SameIn(V19, codes), Crosswalk.SameIn(V21, codes)];

        static string[] Rows(string prefix, params string[] rows) => [.. rows.Select(r => $"{prefix}.{r}.tot")];

        Concept[] concepts =
        [
            new("applications.new", "本年新收申请", "applications received", "件",
            [
                Crosswalk.Source(Old, Comparability.Good, "旧表“收到申请数”；新表“本年新收”不含上年结转", "old 'applications received'; the new 'new this year' excludes carry-in", "old.apply.received.total"),
                Crosswalk.Source(Fj, Comparability.Fair, "福建表“受理依申请公开信息总数”", "Fujian form 'applications accepted'", "fj.apply.total.year"),
                .. New("s3.new.tot"),
            ]),
            new("applications.carry_in", "上年结转申请", "applications carried in", "件", [.. New("s3.carry_in.tot")]),
            new("applications.done", "办理结果总计", "applications handled", "件",
            [
                Crosswalk.Source(Old, Comparability.Fair, "旧表“申请答复数”", "old 'replies to applications'", "old.apply.replied.total"),
                Crosswalk.Source(Fj, Comparability.Fair, "福建表“对申请的答复总数”", "Fujian form 'replies to applications'", "fj.reply.total.year"),
                .. New("s3.done.tot"),
            ]),
            new("applications.carry_out", "结转下年度继续办理", "applications carried out", "件", [.. New("s3.carry_out.tot")]),
            new("applications.granted", "予以公开", "disclosed", "件",
            [
                Crosswalk.Source(Old, Comparability.Fair, "旧表“同意公开”与“属于已主动公开范围”之和", "old 'disclosure agreed' plus 'already proactively disclosed'", "old.apply.replied.granted", "old.apply.replied.already_public"),
                Crosswalk.Source(Fj, Comparability.Fair, "福建表“同意公开答复数”", "Fujian form 'disclosure agreed'", "fj.reply.granted.year"),
                .. New("s3.granted.tot"),
            ]),
            new("applications.partial", "部分公开", "partially disclosed", "件",
            [
                Crosswalk.Source(Old, Comparability.Good, "旧表“同意部分公开”", "old 'partial disclosure agreed'", "old.apply.replied.partial"),
                Crosswalk.Source(Fj, Comparability.Good, "福建表“同意部分公开答复数”", "Fujian form 'partial disclosure agreed'", "fj.reply.partial.year"),
                .. New("s3.partial.tot"),
            ]),
            new("applications.refused", "不予公开", "not disclosed", "件",
            [
                Crosswalk.Source(Old, Comparability.Poor, "旧表“不同意公开”，不予公开的理由与新表不同", "old 'disclosure refused'; the reasons differ from the new form", "old.apply.replied.refused.total"),
                Crosswalk.Source(Fj, Comparability.Poor, "福建表“不予公开答复数”，不分理由", "Fujian form 'disclosure refused', without reasons", "fj.reply.refused.year"),
                .. New(Rows("s3.refused", "secret", "law", "security", "third_party", "internal", "process", "enforce_file", "query")),
            ]),
            new("applications.not_held", "本机关不掌握相关政府信息", "information not held", "件",
            [
                Crosswalk.Source(Old, Comparability.Fair, "旧表“不属于本行政机关公开”与“申请信息不存在”之和", "old 'not this agency' plus 'does not exist'", "old.apply.replied.not_this_agency", "old.apply.replied.not_exist"),
                .. New("s3.unable.not_held.tot"),
            ]),
            new("applications.unable", "无法提供", "unable to provide", "件", [.. New(Rows("s3.unable", "not_held", "need_create", "unclear"))]),
            new("applications.noproc", "不予处理", "not processed", "件", [.. New(Rows("s3.noproc", "petition", "repeat", "publication", "abusive", "confirm"))]),
            new("applications.other", "其他处理", "other handling", "件",
            [
                Crosswalk.SameIn(V19, "s3.other.tot"),
                Crosswalk.Source(V21, Comparability.Same, "2021年版将（六）其他处理分为三行，此处为三行之和", "the 2021 form splits (6) into three rows; this is their sum", Rows("s3.other", "no_fix", "no_fee", "misc")),
            ]),
            new("reviews.total", "行政复议", "administrative reconsideration cases", "件",
            [
                Crosswalk.Source(Old, Comparability.Fair, "旧表“行政复议数量”；新表另计“尚未审结”", "old 'administrative reconsideration cases'; the new form adds 'pending'", "old.review.total"),
                Crosswalk.Source(Fj, Comparability.Fair, "福建表“行政复议数”", "Fujian form 'administrative reconsideration cases'", "fj.review.year"),
                .. New("s4.rev.total"),
            ]),
            new("reviews.corrected", "行政复议结果纠正", "reconsideration cases corrected", "件",
            [
                Crosswalk.Source(Old, Comparability.Fair, "旧表“被依法纠错数”", "old 'corrected'", "old.review.corrected"),
                .. New("s4.rev.corrected"),
            ]),
            new("lawsuits.total", "行政诉讼", "administrative litigation cases", "件",
            [
                Crosswalk.Source(Old, Comparability.Fair, "旧表“行政诉讼数量”；新表为未经复议直接起诉与复议后起诉之和", "old 'administrative litigation cases'; the new form sums cases filed without and after reconsideration", "old.lit.total"),
                Crosswalk.Source(Fj, Comparability.Fair, "福建表“行政诉讼数”", "Fujian form 'administrative litigation cases'", "fj.lit.year"),
                .. New("s4.lit_direct.total", "s4.lit_after.total"),
            ]),
            new("lawsuits.corrected", "行政诉讼结果纠正", "litigation cases corrected", "件",
            [
                Crosswalk.Source(Old, Comparability.Fair, "旧表“被依法纠错数”", "old 'corrected'", "old.lit.corrected"),
                .. New("s4.lit_direct.corrected", "s4.lit_after.corrected"),
            ]),
            new("documents.rules_issued", "本年制发规章", "rules issued", "件",
            [
                Crosswalk.Source(V19, Comparability.Fair, "2019年版“本年新制作数量”", "2019 'made this year'", "s2v19.rules.made"),
                Crosswalk.SameIn(V21, "s2.rules.issued"),
            ]),
            new("documents.normdoc_issued", "本年制发规范性文件", "normative documents issued", "件",
            [
                Crosswalk.Source(Old, Comparability.Fair, "旧表“制发规范性文件总数”", "old 'normative documents issued'", "old.active.normdoc_issued"),
                Crosswalk.Source(V19, Comparability.Fair, "2019年版“本年新制作数量”", "2019 'made this year'", "s2v19.normdoc.made"),
                Crosswalk.SameIn(V21, "s2.normdoc.issued"),
            ]),
            new("decisions.license", "行政许可处理决定", "licensing decisions", "件",
            [
                Crosswalk.Source(V19, Comparability.Good, "2019年版“处理决定数量”", "2019 'decisions'", "s2v19.license.decisions"),
                Crosswalk.SameIn(V21, "s2.license.decisions"),
            ]),
            new("decisions.penalty", "行政处罚处理决定", "penalty decisions", "件",
            [
                Crosswalk.Source(V19, Comparability.Good, "2019年版“处理决定数量”", "2019 'decisions'", "s2v19.penalty.decisions"),
                Crosswalk.SameIn(V21, "s2.penalty.decisions"),
            ]),
            new("decisions.coercion", "行政强制处理决定", "coercion decisions", "件",
            [
                Crosswalk.Source(V19, Comparability.Good, "2019年版“处理决定数量”", "2019 'decisions'", "s2v19.coercion.decisions"),
                Crosswalk.SameIn(V21, "s2.coercion.decisions"),
            ]),
        ];
        return [.. concepts.Select(c => c with { UnitEn = UnitEn(c.Id) })];
    }

    /// <summary>What the unit 件 counts, in English, by the concept's family: the same words as the forms' cells use.</summary>
    private static string UnitEn(string id) => id[..id.IndexOf('.', StringComparison.Ordinal)] switch
    {
        "applications" => "applications",
        "reviews" or "lawsuits" => "cases",
        "documents" => "documents",
        "decisions" => "decisions",
        _ => throw new InvalidOperationException($"No English unit for the concept {id}."),
    };
}
