using System.Net;
using Education = WellbeingKit.Samples.Education;

namespace WellbeingKit.Samples.Tests;

/// <summary>The samples' readiness endpoint (moved here from the AspNetCore tests with the other sample tests).</summary>
public sealed class SampleReadinessTests
{
    [Fact]
    public async Task The_education_sample_reports_ready_at_health_ready_once_warmed_up()
    {
        await using var app = await SampleHosts.StartAsync(Education.Program.Create);
        using var client = app.Client(user: null);

        HttpResponseMessage response;
        var tries = 0;
        while ((response = await client.GetAsync("/health/ready")).StatusCode != HttpStatusCode.OK && ++tries < 600)
        {
            response.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
            response.Dispose();
            await Task.Delay(100);
        }

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Be("Healthy");
        response.Dispose();
    }
}
