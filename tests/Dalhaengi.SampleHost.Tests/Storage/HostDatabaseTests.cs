using Dalhaengi.SampleHost.Storage;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;

namespace Dalhaengi.SampleHost.Tests.Storage;

/// <summary>The host's database through the command line: <c>--db</c>, first-run seeding, and paths that cannot hold a database.</summary>
public sealed class HostDatabaseTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("dalhaengi-host-db-").FullName;

    private string DbPath => Path.Combine(_folder, "data", "dalhaengi.db");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Refer_ThenAdvanceInTheNextRun_SeesTheSameReferral()
    {
        var referred = Run("refer", "--db", DbPath, "--household", "hh-new", "--district", "양평읍", "--partner", "yp-mental-health-centre",
            "--signal", "screening.phq9.total=18", "--consent", "written");
        var advanced = Run("referral", "advance", "ref-cli-010", "--db", DbPath, "--to", "accepted", "--by", "partner-kim");
        var overdue = Run("overdue", "--db", DbPath, "--as-of", "2025-02-01");

        Assert.Equal(0, referred.ExitCode);
        Assert.Equal(0, advanced.ExitCode);
        Assert.Equal(["at,state,partner,by,outcome,reason", "2025-01-10T01:00:00Z,referred,yp-mental-health-centre,cli,,", "2025-01-10T01:00:00Z,accepted,yp-mental-health-centre,partner-kim,,"], advanced.Lines);
        Assert.Contains("ref-cli-010,accepted,yp-mental-health-centre,4183025000,hh-new,2025-01-17,15", overdue.Lines);
    }

    [Fact]
    public void FirstRun_CreatesAndSeedsTheDatabaseOnce()
    {
        var first = Run("report", "--db", DbPath, "--season", "2024");
        var recorded = Run("record-session", "--db", DbPath, "--date", "2024-12-27", "--site", "yp-yangpyeong-25", "--residents", "40");
        var again = Run("report", "--db", DbPath, "--season", "2024");

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(0, recorded.ExitCode);
        Assert.Contains("| 실시 회차 | 35 |", first.Out, StringComparison.Ordinal);
        Assert.Contains("| 실시 회차 | 36 |", again.Out, StringComparison.Ordinal);
        var attending = System.Text.RegularExpressions.Regex.Match(first.Out, @"\| 참여 주민\(명\) \| ([\d,]+) \|").Groups[1].Value;
        var attendingAgain = int.Parse(attending, System.Globalization.NumberStyles.AllowThousands, System.Globalization.CultureInfo.InvariantCulture) + 40;
        Assert.Contains($"| 참여 주민(명) | {attendingAgain.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} |", again.Out, StringComparison.Ordinal);
        Assert.Contains("| 서비스 이용(건) | 8,110 |", again.Out, StringComparison.Ordinal);
        var db = SqliteDatabase.Open(DbPath, OutreachSchema.Migrations);
        Assert.Equal("ok", db.IntegrityCheck());
        Assert.Equal(OutreachSchema.Migrations[^1].Version, db.SchemaVersion);
    }

    [Fact]
    public void WithoutDb_UsesTheRegisteredLocation_AndCommandsWithoutStorageCreateNothing()
    {
        var holidays = Run("holidays", "2024");
        Assert.Equal(0, holidays.ExitCode);
        Assert.False(File.Exists(DbPath));

        var report = Run("report", "--season", "2024");

        Assert.Equal(0, report.ExitCode);
        Assert.True(File.Exists(DbPath));
    }

    [Fact]
    public void Db_ThatIsADirectory_IsBadInputNamingIt()
    {
        var result = Run("report", "--db", _folder);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"--db: '{_folder}' is a directory", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Db_ThatIsNotASqliteDatabase_IsBadInput_AndTheFileIsLeftAlone()
    {
        var path = Path.Combine(_folder, "notes.txt");
        File.WriteAllText(path, "이것은 데이터베이스가 아닙니다. This is not a database, just a text file long enough to have a header.");

        var result = Run("overdue", "--db", path);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"--db: '{path}' is not a SQLite database", result.Error, StringComparison.Ordinal);
        Assert.StartsWith("이것은", File.ReadAllText(path), StringComparison.Ordinal);
    }

    [Fact]
    public void Db_InAFolderThatCannotBeCreated_IsBadInputNamingIt()
    {
        var blocker = Path.Combine(_folder, "a-file");
        File.WriteAllText(blocker, "x");
        var path = Path.Combine(blocker, "sub", "dalhaengi.db");

        var result = Run("report", "--db", path);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"--db: cannot create the database '{path}'", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void StorageStress_IsHiddenFromHelp()
    {
        var help = Run("--help");

        Assert.DoesNotContain("storage-stress", help.Out, StringComparison.Ordinal);
    }

    private HostRunner.Result Run(params string[] args) => HostRunner.Run(
        s =>
        {
            s.AddSingleton<IClock>(new FakeClock(Instant.FromUtc(2025, 1, 10, 1, 0)));
            s.AddSingleton(new StorageLocation(DbPath));
        },
        args);
}
