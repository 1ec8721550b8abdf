using Spectre.Console;
using System.ComponentModel;
using System.Globalization;
using Dalhaengi.Core.Geography;
using Dalhaengi.Core.Households;
using Dalhaengi.Core.Outreach;
using Dalhaengi.Core.Partners;
using Dalhaengi.SampleHost.Infrastructure;
using Dalhaengi.SampleHost.Outreach;
using Dalhaengi.SampleHost.Storage;
using NodaTime;
using Spectre.Console.Cli;

namespace Dalhaengi.SampleHost.Commands;

/// <summary>
/// Hidden test hook for the crash test: writes batches of session records in a loop, one transaction per batch, and
/// prints <c>committed N</c> after each commit, so a test can kill the process mid-write and check that every batch
/// reported is stored whole and no batch is stored in part. Not listed in <c>--help</c>.
/// </summary>
internal sealed class StorageStressCommand(HostConsole io, Municipality municipality) : AsyncCommand<StorageStressCommand.Settings>
{
    internal sealed class Settings : CommandSettings
    {
        [CommandOption("--db <PATH>")]
        [Description("The database file to write (created, not seeded).")]
        public string? Database { get; init; }

        [CommandOption("--count <N>")]
        [Description("How many batches to write.")]
        public int Count { get; init; } = 1000;

        [CommandOption("--batch <N>")]
        [Description("Session records per batch (one transaction).")]
        public int Batch { get; init; } = 20;

        public override ValidationResult Validate() => OptionBounds.Check(("--count", Count, 1, OptionBounds.MaxHouseholds), ("--batch", Batch, 1, 10_000));
    }

    public static string RecordId(int batch, int item) => string.Create(CultureInfo.InvariantCulture, $"stress-{batch:000000}-{item:000}");

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (settings.Database is not { } path || settings.Count < 1 || settings.Batch < 1)
        {
            throw new BadInputException("storage-stress needs --db PATH, --count N >= 1 and --batch N >= 1.");
        }

        var database = SqliteDatabase.Open(path, OutreachSchema.Migrations);
        var sessions = new SqliteSessionRecordRepository(database);
        var site = municipality.Sites[0];
        var day = new LocalDate(2024, 3, 6);
        for (var b = 1; b <= settings.Count; b++)
        {
            var clock = SampleSeason.SettableClock.At(day, 17);
            var batch = Enumerable.Range(1, settings.Batch).Select(i =>
            {
                var details = new SessionDetails
                {
                    Date = day,
                    Site = site.Id,
                    District = site.District,
                    PartnersPresent = [new PartnerId("yp-health-promotion")],
                    ResidentsServed = 40 + i,
                    Households = [new HouseholdId(string.Create(CultureInfo.InvariantCulture, $"hh-stress-{i}"))],
                    Services = [new ServiceDelivery(new ServiceCode("health.basic-check"), new PartnerId("yp-health-promotion"), 20 + i)],
                    Items = [new ItemDistribution("홍보물품 (promotional goods)", i)],
                    Notes = "스트레스 시험: 기록 중 강제 종료 (kill mid-write)",
                };
                var record = SessionRecord.Record(new SessionRecordId(RecordId(b, i)), details, "stress", clock);
                return record.Correct(details with { ResidentsServed = 41 + i }, "stress", "재집계 (recount)", clock);
            }).ToList();
            await sessions.AddRangeAsync(batch, cancellationToken);
            io.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"committed {b}"));
            io.Out.Flush();
        }

        return Cli.Success;
    }
}
