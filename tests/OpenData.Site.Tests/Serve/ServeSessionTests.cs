using System.Text.Json;
using OpenData.Site.Serve;

namespace OpenData.Site.Tests.Serve;

public sealed class ServeSessionTests
{
    [Fact]
    public async Task A_change_rebuilds_and_a_broken_file_is_reported_while_the_last_good_site_stays()
    {
        var root = RepoPaths.NewTempFolder();
        var data = Path.Combine(root, "data");
        var input = Path.Combine(root, "input");
        var output = Path.Combine(root, "output");
        RepoPaths.CopyFolder(Path.Combine(RepoPaths.Data, "shanggao-county"), Path.Combine(data, "shanggao-county"));
        RepoPaths.CopyFolder(RepoPaths.Input, input);
        using var log = new StringWriter();
        await using var session = await ServeSession.StartAsync(data, input, output, 0, log);
        using var client = new HttpClient { BaseAddress = session.Address };
        var agencyFile = Path.Combine(data, "shanggao-county", "agency.json");

        Assert.Equal(1, session.Status.Generation);
        Assert.Contains("上高县人民政府", await client.GetStringAsync("agencies/shanggao-county/"), StringComparison.Ordinal);

        await File.WriteAllTextAsync(agencyFile, (await File.ReadAllTextAsync(agencyFile)).Replace("上高县人民政府", "上高县人民政府（改名测试）", StringComparison.Ordinal));
        await WaitFor(() => session.Status.Generation == 2);
        Assert.Contains("上高县人民政府（改名测试）", await client.GetStringAsync("agencies/shanggao-county/"), StringComparison.Ordinal);

        await File.WriteAllTextAsync(Path.Combine(data, "shanggao-county", "2017.json"), "{ \"agency\": ");
        await WaitFor(() => session.Status.Error is not null);
        using var status = JsonDocument.Parse(await client.GetStringAsync(PreviewServer.StatusPath));
        Assert.Contains("2017.json", status.RootElement.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal(2, status.RootElement.GetProperty("generation").GetInt32());
        Assert.Contains("上高县人民政府（改名测试）", await client.GetStringAsync("agencies/shanggao-county/"), StringComparison.Ordinal);
    }

    private static async Task WaitFor(Func<bool> condition)
    {
        for (var i = 0; i < 300 && !condition(); i++)
        {
            await Task.Delay(100);
        }

        Assert.True(condition(), "timed out waiting for the rebuild");
    }

}
