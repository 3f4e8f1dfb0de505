using System.Text.Json.Serialization;

namespace OpenData;

/// <summary>The administrative level of an agency, from a fixed list; written in data files by its Chinese name.</summary>
/// <remarks>A government (人民政府) has the level of its region; a department of it (a 局, a 委员会, an office) is
/// <see cref="Department"/> and names its government as <see cref="Agency.Parent"/>. Ministries and commissions of the
/// State Council are <see cref="StateCouncilDepartment"/>.</remarks>
[JsonConverter(typeof(JsonStringEnumConverter<AgencyLevel>))]
public enum AgencyLevel
{
    /// <summary>国务院部门: a ministry, commission or other department of the State Council.</summary>
    [JsonStringEnumMemberName("国务院部门")]
    StateCouncilDepartment,

    /// <summary>省级: a province, autonomous region or municipality directly under the central government, and its general office.</summary>
    [JsonStringEnumMemberName("省级")]
    Province,

    /// <summary>市级: a prefecture-level city, prefecture or league (and bodies at that level, such as 平潭综合实验区).</summary>
    [JsonStringEnumMemberName("市级")]
    City,

    /// <summary>县级: a county, county-level city or district.</summary>
    [JsonStringEnumMemberName("县级")]
    County,

    /// <summary>乡镇: a township, town or sub-district.</summary>
    [JsonStringEnumMemberName("乡镇")]
    Township,

    /// <summary>部门: a department of a government at any level (its <see cref="Agency.Parent"/> says which).</summary>
    [JsonStringEnumMemberName("部门")]
    Department,
}
