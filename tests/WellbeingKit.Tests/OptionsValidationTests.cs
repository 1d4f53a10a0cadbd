using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using WellbeingKit.Risk;

namespace WellbeingKit.Tests;

public class OptionsValidationTests
{
    [Fact]
    public void Escalation_threshold_of_none_is_refused_because_the_crisis_path_cannot_be_switched_off()
    {
        var services = new ServiceCollection();
        services.AddWellbeingKit(o => o.EscalationThreshold = RiskLevel.None);
        using var provider = services.BuildServiceProvider();

        var read = () => provider.GetRequiredService<IOptions<WellbeingKitOptions>>().Value;

        read.Should().Throw<OptionsValidationException>().WithMessage("*EscalationThreshold*");
    }

    [Fact]
    public void Default_options_are_valid()
    {
        var services = new ServiceCollection();
        services.AddWellbeingKit();
        using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<WellbeingKitOptions>>().Value;

        options.EscalationThreshold.Should().Be(RiskLevel.Moderate);
    }

    [Fact]
    public void A_default_locale_that_is_not_a_language_tag_is_refused()
    {
        var services = new ServiceCollection();
        services.AddWellbeingKit(o => o.DefaultLocale = "English");
        using var provider = services.BuildServiceProvider();

        var read = () => provider.GetRequiredService<IOptions<WellbeingKitOptions>>().Value;

        read.Should().Throw<OptionsValidationException>().WithMessage("*DefaultLocale*");
    }
}
