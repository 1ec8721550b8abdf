using Dalhaengi.Core.Calendar;
using Dalhaengi.Core.Cities;
using Dalhaengi.Core.DependencyInjection;
using Dalhaengi.Core.Geography;
using Dalhaengi.Core.Partners;
using Dalhaengi.Core.Risk;
using Dalhaengi.Core.Rotation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NodaTime;

namespace Dalhaengi.Core.Tests.Docs;

/// <summary>
/// The C# snippets of <c>docs/adopting.md</c>, as compiled code. <see cref="AdoptingGuideTests"/> checks that every
/// <c>```csharp</c> block of the guide appears here line for line (indentation aside), so a snippet that stops
/// compiling breaks the build and a snippet edited only in the guide fails the test. Edit both together.
/// </summary>
internal static class AdoptingGuideSnippets
{
    public static (Municipality Chuncheon, PartnerRoster Roster, RiskEvaluator Evaluator, RotationPlan Plan) FirstPlan(string dataDir)
    {
        // Step 1: the municipality.
        var chuncheon = MunicipalityJson.Parse(File.ReadAllText(Path.Combine(dataDir, "municipality.json")), "municipality.json");
        Console.WriteLine($"{chuncheon.Name.Korean}: {chuncheon.Districts.Count} 읍면동, {chuncheon.Sites.Count} sites");

        // Step 2: partners and services.
        var roster = PartnerRosterJson.Parse(File.ReadAllText(Path.Combine(dataDir, "partners.json")), "partners.json");
        var router = new ReferralRouter(roster, chuncheon);
        var proposals = router.Propose(new ReferralRequest(["screening.phq9.item9"], chuncheon.Districts[0].Code));
        Console.WriteLine($"PHQ-9 item 9: refer to {proposals[0].Partner}");

        // Step 3: the rule set.
        var rules = new RiskRuleSetRegistry().Parse(File.ReadAllText(Path.Combine(dataDir, "rules.json")), "rules.json");
        var evaluator = RiskEvaluator.Compile(rules);
        Console.WriteLine($"{rules}: {rules.Tiers.Count} tiers, from {string.Join(" → ", rules.Lineage)}");

        // Step 4: the season.
        var season = new Season(
            new DateInterval(new LocalDate(2026, 3, 1), new LocalDate(2026, 12, 20)),
            [IsoDayOfWeek.Thursday],
            KoreanHolidayCalendar.Default.With(HolidayDataJson.ParseDays(File.ReadAllText(Path.Combine(dataDir, "holidays.json")), "holidays.json")),
            blackouts: [new SeasonBlackout(new DateInterval(new LocalDate(2026, 7, 27), new LocalDate(2026, 8, 7)), "summer break")]);

        // Step 5: the plan.
        var plan = new RotationPlanner().Plan(new RotationRequest(chuncheon, season, roster));
        foreach (var session in plan.Sessions.Take(3))
        {
            Console.WriteLine($"{session.Date:uuuu-MM-dd} {chuncheon.GetSite(session.Site).Name.Korean}: {session.Team.Count} partners");
        }

        Console.WriteLine($"{plan.Quality.Sessions} sessions, {plan.Skipped.Count} days skipped, {plan.Warnings.Count} warnings");

        return (chuncheon, roster, evaluator, plan);
    }

    // Step 6: the worker service's Program.cs (compiled, not run by the tests).
    public static void WorkerProgram(string[] args)
    {
        var builder = Host.CreateApplicationBuilder(args);
        builder.Services.AddDalhaengi(options => options.UseCity(CityFolder.Load("chuncheon")));
        builder.Services.AddHostedService<SeasonPlanningWorker>();
        builder.Build().Run();
    }
}

/// <summary>The worker of step 6: plans the season when the service starts.</summary>
internal sealed class SeasonPlanningWorker(
    RotationPlanner planner, Municipality municipality, PartnerRoster roster, IHolidayCalendar calendar, IHostApplicationLifetime lifetime) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var season = new Season(new DateInterval(new LocalDate(2026, 3, 1), new LocalDate(2026, 12, 20)), [IsoDayOfWeek.Thursday], calendar);
        var plan = planner.Plan(new RotationRequest(municipality, season, roster));
        Console.WriteLine($"{municipality.Name.Korean}: {plan.Quality.Sessions} sessions planned");
        lifetime.StopApplication();
        return Task.CompletedTask;
    }
}
