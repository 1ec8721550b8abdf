using Dalhaengi.SampleHost.Infrastructure;
using Dalhaengi.SampleHost.Storage;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;

namespace Dalhaengi.SampleHost.Tests;

/// <summary>What the main job leaves in the database: the screened households and the season plan.</summary>
public sealed class MainJobStorageTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("dalhaengi-main-db-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string DbPath => Path.Combine(_dir, "db", "dalhaengi.db");

    private HostRunner.Result Run(params string[] args) => HostRunner.Run(
        services => services.AddSingleton<IClock>(new FakeClock(Instant.FromUtc(2025, 7, 3, 3, 0))).AddSingleton(new StorageLocation(DbPath)),
        ["run", "--out", _dir, .. args]);

    [Fact]
    public async Task Run_StoresTheHouseholdsOnce_AndSavesTheSeasonPlanUnderItsName()
    {
        var first = Run("--households", "3000");
        var second = Run();

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(0, second.ExitCode);
        var database = SqliteDatabase.Open(DbPath, OutreachSchema.Migrations);
        var households = new SqliteHouseholdRepository(database);
        var plans = new SqliteRotationPlanRepository(database);
        var csv = HouseholdCsv.Read(Path.Combine(_dir, "households"), Dalhaengi.Core.Risk.IndicatorCatalog.National);
        Assert.Equal(3000, await households.CountAsync());
        var stored = await households.FindAsync(csv[^1].Id);
        Assert.Equal(csv[^1].Members, stored!.Members);
        Assert.Equal(csv[^1].Signals, stored.Signals);
        Assert.Equal(["yangpyeong-2025"], await plans.ListNamesAsync());
        var plan = (await plans.FindAsync("yangpyeong-2025"))!;
        var planned = File.ReadAllLines(Path.Combine(_dir, "plan.csv")).Count(l => l.Contains(",held,", StringComparison.Ordinal) || l.Contains(",planned,", StringComparison.Ordinal));
        Assert.Equal(planned, plan.Sessions.Count);
        Assert.Contains(plan.Sessions, s => s.Status == Dalhaengi.Core.Rotation.PlannedSessionStatus.Held);
        Assert.NotEmpty(plan.Skipped);
    }
}
