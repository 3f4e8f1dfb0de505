namespace OpenData;

/// <summary>The date by which an annual report must be published.</summary>
/// <remarks>
/// <para>Reports for 2018 and earlier: 3月31日 of the next year for every agency (政府信息公开条例 of 2007, article 31).</para>
/// <para>Reports for 2019 and later (the revised 条例, article 49): a department of a government at county level or above
/// publishes by 1月31日 of the next year; the government's own report (省级, 市级, 县级) is published by its disclosure
/// office by 3月31日. An agency whose level is not given is held to 1月31日, the deadline of most reports (and the
/// one 国办公开办函〔2019〕60号 announces); a finding says which deadline was used.</para>
/// </remarks>
public static class PublicationDeadline
{
    /// <summary>The first report year under the revised 条例 (国务院令第711号, in force 2019-05-15).</summary>
    public const int RevisedFromYear = 2019;

    /// <summary>The last day on which the report for <paramref name="year"/> of an agency of <paramref name="level"/> is on time.</summary>
    public static DateOnly For(int year, AgencyLevel? level = null) =>
        year < RevisedFromYear || IsGovernment(level) ? new DateOnly(year + 1, 3, 31) : new DateOnly(year + 1, 1, 31);

    /// <summary>Whether the report was published after <see cref="For"/>.</summary>
    public static bool IsLate(int year, AgencyLevel? level, DateOnly publishedOn) => publishedOn > For(year, level);

    /// <summary>The rule behind <see cref="For"/>, in Chinese and in English.</summary>
    public static (string Zh, string En) Basis(int year, AgencyLevel? level) =>
        year < RevisedFromYear ? ("《政府信息公开条例》（2007 年）第三十一条：次年 3 月 31 日前", "条例 of 2007, article 31: by 31 March of the next year")
        : IsGovernment(level) ? ("修订后的《政府信息公开条例》第四十九条：本级政府的年度报告于次年 3 月 31 日前公布", "the revised Regulations, article 49: a government's own report by 31 March of the next year")
        : level is null ? ("修订后的《政府信息公开条例》第四十九条：政府部门于次年 1 月 31 日前公布（未填写机构层级，按部门期限核对；本级政府的报告期限为 3 月 31 日）", "the revised Regulations, article 49: a department's report by 31 January of the next year (the agency's level is not given, so the department deadline is used; a government's own report has until 31 March)")
        : ("修订后的《政府信息公开条例》第四十九条：政府部门于次年 1 月 31 日前公布", "the revised Regulations, article 49: a department's report by 31 January of the next year");

    private static bool IsGovernment(AgencyLevel? level) => level is AgencyLevel.Province or AgencyLevel.City or AgencyLevel.County;
}
