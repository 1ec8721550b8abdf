using Dalhaengi.Core.Geography;
using Dalhaengi.Core.Partners;
using Dalhaengi.Core.Rotation;
using Dalhaengi.Core.Tests.TestDoubles;
using NodaTime;

namespace Dalhaengi.Core.Tests.Rotation;

public sealed class InMemoryRotationPlanRepositoryTests
{
    private static readonly Lazy<RotationPlan> Plan2025 = new(() => PlanOf(new DateInterval(new LocalDate(2025, 3, 5), new LocalDate(2025, 12, 17))));

    private readonly InMemoryRotationPlanRepository _repository = new();

    private static RotationPlan PlanOf(DateInterval dates) =>
        new RotationPlanner().Plan(new RotationRequest(
            BuiltInMunicipalities.Yangpyeong, new Season(dates, [IsoDayOfWeek.Wednesday], new FixedHolidayCalendar([])), BuiltInPartnerRosters.Yangpyeong));

    [Fact]
    public async Task SaveThenFind_ReturnsTheSessionsAndSkippedSlots()
    {
        var plan = Plan2025.Value;

        await _repository.SaveAsync("yangpyeong-2025", plan);
        var saved = await _repository.FindAsync("yangpyeong-2025");

        Assert.NotNull(saved);
        Assert.Equal("yangpyeong-2025", saved.Name);
        Assert.Equal(plan.Sessions, saved.Sessions);
        Assert.Equal(plan.Skipped, saved.Skipped);
        Assert.Null(await _repository.FindAsync("yangpyeong-2024"));
    }

    [Fact]
    public async Task Save_UnderANameAlreadySaved_ReplacesThePlanWhole()
    {
        var shorter = PlanOf(new DateInterval(new LocalDate(2025, 3, 5), new LocalDate(2025, 4, 30)));
        await _repository.SaveAsync("yangpyeong-2025", Plan2025.Value);

        await _repository.SaveAsync("yangpyeong-2025", shorter);

        var saved = (await _repository.FindAsync("yangpyeong-2025"))!;
        Assert.Equal(shorter.Sessions, saved.Sessions);
        Assert.Equal(shorter.Skipped, saved.Skipped);
        Assert.Equal(["yangpyeong-2025"], await _repository.ListNamesAsync());
    }

    [Fact]
    public async Task ListNames_ReturnsTheNamesInOrdinalOrder()
    {
        await _repository.SaveAsync("yangpyeong-2026", Plan2025.Value);
        await _repository.SaveAsync("Yangpyeong-2025", Plan2025.Value);
        await _repository.SaveAsync("yangpyeong-2025", Plan2025.Value);

        Assert.Equal(["Yangpyeong-2025", "yangpyeong-2025", "yangpyeong-2026"], await _repository.ListNamesAsync());
    }

    [Theory]
    [InlineData("")]
    [InlineData("양평-2025")]
    [InlineData("yangpyeong 2025")]
    public async Task SaveAndFind_WithAnInvalidName_ThrowArgumentException(string name)
    {
        await Assert.ThrowsAsync<ArgumentException>(() => _repository.SaveAsync(name, Plan2025.Value));
        await Assert.ThrowsAsync<ArgumentException>(() => _repository.FindAsync(name));
    }

    [Fact]
    public async Task Save_WithANullPlan_ThrowsArgumentNull()
    {
        await Assert.ThrowsAsync<ArgumentNullException>(() => _repository.SaveAsync("yangpyeong-2025", null!));
    }
}
