using Dalhaengi.Core.Calendar;
using Dalhaengi.Core.Geography;
using Dalhaengi.Core.Partners;
using Dalhaengi.Core.Rotation;
using Dalhaengi.SampleHost.Storage;
using Microsoft.Data.Sqlite;
using NodaTime;

namespace Dalhaengi.SampleHost.Tests.Storage;

public sealed class SqliteRotationPlanRepositoryTests : IDisposable
{
    private static readonly Lazy<RotationPlan> Season = new(() => PlanOf(new LocalDate(2025, 12, 17)));
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    // The Korean calendar, so skipped slots name real holidays (추석) in Korean; risk weights, so rationales carry
    // high-risk counts and fractional quotas.
    private static RotationPlan PlanOf(LocalDate end)
    {
        var municipality = BuiltInMunicipalities.Yangpyeong;
        var calendar = KoreanHolidayCalendar.Default;
        var risk = municipality.Districts.Select((d, i) => new DistrictRisk(d.Code, (i * 7) % 11));
        return new RotationPlanner().Plan(new RotationRequest(
            municipality,
            new Season(new DateInterval(new LocalDate(2025, 3, 5), end), [IsoDayOfWeek.Wednesday], calendar),
            BuiltInPartnerRosters.Yangpyeong,
            RotationPolicy.Default with { Weight = DistrictWeight.HighRiskHouseholds },
            risk));
    }

    [Fact]
    public async Task SaveAsync_ThenReopen_RoundTripsSessionsTeamsRationaleAndSkippedSlots()
    {
        var plan = Season.Value;
        await new SqliteRotationPlanRepository(_db.Database).SaveAsync("yangpyeong-2025", plan);

        var saved = await new SqliteRotationPlanRepository(_db.Reopen()).FindAsync("yangpyeong-2025");

        Assert.NotNull(saved);
        Assert.Equal("yangpyeong-2025", saved.Name);
        Assert.Equal(plan.Sessions, saved.Sessions);
        Assert.Equal(plan.Skipped, saved.Skipped);
        Assert.Equal(plan.Sessions.Select(s => s.Why.Summary), saved.Sessions.Select(s => s.Why.Summary));
        Assert.Contains(saved.Skipped, s => s.Description.Contains("추석", StringComparison.Ordinal));
        Assert.Contains(saved.Sessions, s => s.Team.Count > 1);
        Assert.Null(await new SqliteRotationPlanRepository(_db.Database).FindAsync("yangpyeong-2024"));
    }

    [Fact]
    public async Task SaveAsync_Twice_ReplacesThePlanAndItsRows()
    {
        var repository = new SqliteRotationPlanRepository(_db.Database);
        var shorter = PlanOf(new LocalDate(2025, 5, 28));
        await repository.SaveAsync("yangpyeong-2025", Season.Value);
        await repository.SaveAsync("yangpyeong-2024", shorter);

        await repository.SaveAsync("yangpyeong-2025", shorter);

        var saved = (await repository.FindAsync("yangpyeong-2025"))!;
        Assert.Equal(shorter.Sessions, saved.Sessions);
        Assert.Equal(shorter.Skipped, saved.Skipped);
        Assert.Equal(2 * shorter.Sessions.Count, _db.Count("planned_sessions"));
        Assert.Equal(2 * shorter.Skipped.Count, _db.Count("skipped_slots"));
        Assert.Equal(["yangpyeong-2024", "yangpyeong-2025"], await repository.ListNamesAsync());
    }

    [Fact]
    public async Task SaveAsync_WhenAWriteFailsPartWay_KeepsThePreviousVersionWhole()
    {
        var repository = new SqliteRotationPlanRepository(_db.Database);
        var shorter = PlanOf(new LocalDate(2025, 5, 28));
        await repository.SaveAsync("yangpyeong-2025", shorter);
        using (var connection = _db.Database.Connect())
        using (var command = connection.CreateCommand())
        {
            // Fails the save after the old rows are deleted and several new sessions are written.
            command.CommandText = "CREATE TRIGGER fail_late BEFORE INSERT ON planned_sessions WHEN NEW.seq = 10 BEGIN SELECT RAISE(ABORT, 'disk full'); END;";
            command.ExecuteNonQuery();
        }

        await Assert.ThrowsAsync<SqliteException>(() => repository.SaveAsync("yangpyeong-2025", Season.Value));

        var saved = (await repository.FindAsync("yangpyeong-2025"))!;
        Assert.Equal(shorter.Sessions, saved.Sessions);
        Assert.Equal(shorter.Skipped, saved.Skipped);
        Assert.Equal("ok", _db.Database.IntegrityCheck());
    }

    [Fact]
    public async Task SaveAsync_WithAnInvalidName_ThrowsArgumentException_AndWritesNothing()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => new SqliteRotationPlanRepository(_db.Database).SaveAsync("양평 2025", Season.Value));

        Assert.Equal(0, _db.Count("rotation_plans"));
    }
}
