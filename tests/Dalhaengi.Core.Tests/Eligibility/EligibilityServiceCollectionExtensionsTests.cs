using Dalhaengi.Core.DependencyInjection;
using Dalhaengi.Core.Eligibility;
using Microsoft.Extensions.DependencyInjection;

namespace Dalhaengi.Core.Tests.Eligibility;

public sealed class EligibilityServiceCollectionExtensionsTests
{
    [Fact]
    public void AddDalhaengi_RegistersTheEvaluatorOverTheDefaultThresholds()
    {
        using var provider = new ServiceCollection().AddDalhaengi().BuildServiceProvider();

        var evaluator = provider.GetRequiredService<EmergencySupportEvaluator>();

        Assert.Same(EmergencySupportThresholds.Default, evaluator.Thresholds);
        Assert.Same(evaluator, provider.GetRequiredService<EmergencySupportEvaluator>());
    }

    [Fact]
    public void AddDalhaengi_WhenACityRegisteredItsOwnThresholds_KeepsThem()
    {
        var city = EmergencySupportThresholdsJson.Parse(EmbeddedCopy());
        var services = new ServiceCollection();
        services.AddSingleton(city);

        using var provider = services.AddDalhaengi().BuildServiceProvider();

        Assert.Same(city, provider.GetRequiredService<EmergencySupportEvaluator>().Thresholds);
    }

    private static string EmbeddedCopy()
    {
        using var stream = typeof(EmergencySupportThresholds).Assembly.GetManifestResourceStream("Dalhaengi.Core.Data/eligibility/emergency-support.json")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
