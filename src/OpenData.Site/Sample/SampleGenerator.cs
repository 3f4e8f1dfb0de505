using System.Globalization;

namespace OpenData.Site.Sample;

/// <summary>Generates clearly fictional data (示例数据) for demos and benchmarks: many agencies over many years.</summary>
/// <remarks>
/// Each year uses the form prescribed for it; identities and carry-overs hold by construction, except a few deliberate
/// inconsistencies that are acknowledged in the file (so validation passes while the findings stay visible).
/// The same seed gives the same data: every agency draws from its own generator seeded from (seed, agency number).
/// </remarks>
internal sealed class SampleGenerator(int seed)
{
    public const string Marker = "示例数据";

    // The departments every sample government has (a real county has 20 to 40; four keep the sample's shape at any size).
    private static readonly string[] Departments = ["发展和改革委员会", "教育局", "财政局", "市场监督管理局"];

    // Agencies come in blocks: the province's government and its departments, then one block per city: the city's
    // government and departments, then its counties', each a government and its departments. Parents always come
    // before their children, so any number of agencies is a whole hierarchy.
    private const int CountiesPerCity = 3;
    private const int GovernmentBlock = 1 + 4;
    private const int CityBlock = GovernmentBlock * (1 + CountiesPerCity);

    public static string AgencyId(int index) => string.Create(CultureInfo.InvariantCulture, $"sample-{index + 1:000}");

    /// <summary>The agency at <paramref name="index"/> of a fictional province: 示例省 → 示例N市 → 示例N市第K县, each government
    /// with its departments. Levels and parents are set; no administrative-division code, as none of these places exists.</summary>
    public static Agency CreateAgency(int index)
    {
        var (government, department, region, regionEn, level, parent) = Place(index);
        var name = department < 0 ? region + "人民政府" : region + Departments[department];
        var nameEn = department < 0 ? $"People's Government of {regionEn}" : $"{regionEn}, department {department + 1}";
        return new Agency(
            AgencyId(index),
            string.Create(CultureInfo.InvariantCulture, $"{name}（{Marker}第{index + 1:000}号）"),
            string.Create(CultureInfo.InvariantCulture, $"{nameEn} (fictional data, no. {index + 1:000})"),
            $"{region}（{Marker}）",
            department < 0 ? level : AgencyLevel.Department,
            Parent: department < 0 ? parent : AgencyId(government));
    }

    // Where the agency at `index` stands: the index of its government, its department number (-1 for the government
    // itself), the region's names, the government's level and the government's parent.
    private static (int Government, int Department, string Region, string RegionEn, AgencyLevel Level, string? Parent) Place(int index)
    {
        if (index < GovernmentBlock)
        {
            return (0, index - 1, "示例省", "Sample Province", AgencyLevel.Province, null);
        }

        var city = (index - GovernmentBlock) / CityBlock;
        var cityStart = GovernmentBlock + (city * CityBlock);
        var inCity = index - cityStart;
        var cityName = string.Create(CultureInfo.InvariantCulture, $"示例省示例{city + 1}市");
        var cityEn = string.Create(CultureInfo.InvariantCulture, $"Sample City {city + 1}");
        if (inCity < GovernmentBlock)
        {
            return (cityStart, inCity - 1, cityName, cityEn, AgencyLevel.City, AgencyId(0));
        }

        var county = (inCity / GovernmentBlock) - 1;
        var countyStart = cityStart + ((county + 1) * GovernmentBlock);
        return (countyStart, index - countyStart - 1,
            string.Create(CultureInfo.InvariantCulture, $"{cityName}示例{county + 1}县"),
            string.Create(CultureInfo.InvariantCulture, $"Sample County {county + 1}, {cityEn}"),
            AgencyLevel.County, AgencyId(cityStart));
    }

    /// <summary>The reports of one agency for the given years, oldest first.</summary>
    /// <param name="index">The agency's number.</param>
    /// <param name="firstYear">The first report year.</param>
    /// <param name="lastYear">The last report year.</param>
    /// <param name="localForm">A province's own form to fill every year instead of the national form prescribed for it.</param>
    public IReadOnlyList<Report> CreateReports(int index, int firstYear, int lastYear, Form? localForm = null)
    {
        // Not HashCode.Combine: it is salted per process, so the same seed gave other data in every run.
        var random = new Random((int)((((long)seed * 1_000_003) + index) & 0x7fffffff));
        var scale = Math.Exp(random.NextDouble() * 6); // 1 … 400: agencies differ by orders of magnitude
        var state = new SeriesState();
        var reports = new List<Report>();
        for (var year = firstYear; year <= lastYear; year++)
        {
            var form = localForm ?? Forms.ForYear(year);
            var values = new Dictionary<string, ReportValue>(StringComparer.Ordinal);
            var draw = new Draw(random, scale * (1 + ((year - firstYear) * 0.05)));
            if (form.Id == Forms.National2014Id)
            {
                OldFormValues.Fill(values, draw);
            }
            else if (form.Id == Forms.Fujian2014Id)
            {
                FujianFormValues.Fill(values, draw, state);
            }
            else
            {
                NewFormValues.Fill(form, values, draw, state);
            }

            var acknowledged = new List<Acknowledgement>();
            if (random.NextDouble() < 0.03 && values.GetValueOrDefault("s3.done.nat")?.Number is { } done)
            {
                values["s3.done.nat"] = ReportValue.Of(done + 1);
                values["s3.done.tot"] = ReportValue.Of(values["s3.done.tot"].Number!.Value + 1);
                var reason = $"{Marker}：故意设置的不一致，用于演示数据质量页面 / fictional data: a deliberate inconsistency to show the data-quality page";
                acknowledged.Add(new Acknowledgement("R-N2", reason, "s3.done.nat"));
                acknowledged.Add(new Acknowledgement("R-N2", reason, "s3.done.tot"));
                acknowledged.Add(new Acknowledgement("R-N3", reason, "s3.carry_out.nat"));
                acknowledged.Add(new Acknowledgement("R-N3", reason, "s3.carry_out.tot"));
            }

            var agency = CreateAgency(index);
            reports.Add(new Report(agency.Id, year, form.Id, values)
            {
                Title = string.Create(CultureInfo.InvariantCulture, $"{agency.Name}{year}年政府信息公开工作年度报告"),
                Provenance = new Provenance(ProvenanceMethod.Generated, Notes: [$"{Marker}：由 opendata sample 生成的虚构数据，不代表任何真实机关 / fictional data generated by opendata sample"]),
                Narrative =
                [
                    new NarrativeSection("一、总体情况", [string.Create(CultureInfo.InvariantCulture, $"（{Marker}）本报告为演示用虚构数据。{year}年新收政府信息公开申请{values.GetValueOrDefault("s3.new.tot")?.Number ?? values.GetValueOrDefault("old.apply.received.total")?.Number ?? values.GetValueOrDefault("fj.apply.total.year")?.Number}件。")]),
                ],
                Acknowledged = acknowledged,
            });
        }

        return reports;
    }

    /// <summary>What carries from one year to the next in an agency's series.</summary>
    internal sealed class SeriesState
    {
        public Dictionary<string, decimal> CarryOut { get; set; } = [];

        public Dictionary<string, decimal> Stock { get; } = [];
    }
}
