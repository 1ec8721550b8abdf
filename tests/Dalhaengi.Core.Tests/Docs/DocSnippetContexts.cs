namespace Dalhaengi.Core.Tests.Docs;

/// <summary>How a doc's snippet is compiled (see <see cref="DocSnippetCompiler"/>).</summary>
internal enum SnippetShape
{
    /// <summary>A whole program: top-level statements (and the types after them), compiled as a console application.</summary>
    Program,

    /// <summary>Statements that use values a host already has: the body of a method whose parameters are those values.</summary>
    Statements,

    /// <summary>Type declarations; one that re-declares a public type of the library must match it member for member.</summary>
    Declarations,
}

/// <summary>How one snippet is compiled and whether it is run.</summary>
/// <param name="Shape">What the snippet is.</param>
/// <param name="Parameters">For <see cref="SnippetShape.Statements"/>: the values the snippet assumes, as a C# parameter list with full type names.</param>
/// <param name="ContinuesPrevious">The snippet is the next step of the doc's previous one (a guide's steps), compiled in one unit with it.</param>
/// <param name="Run">Run the unit: a program's entry point, or the statements with <see cref="Arguments"/>.</param>
/// <param name="Arguments">The arguments for a run of statements, from the repository root.</param>
/// <param name="Prints">Texts the run must print (what the doc's comments promise), so a run that silently does nothing fails.</param>
internal sealed record SnippetContext(
    SnippetShape Shape,
    string Parameters = "",
    bool ContinuesPrevious = false,
    bool Run = false,
    Func<string, object?[]>? Arguments = null,
    string[]? Prints = null);

/// <summary>
/// The context of every C# snippet in <c>README.md</c> and <c>docs/**.md</c>, in the order the doc shows them.
/// <see cref="DocSnippetTests"/> fails when a doc has a snippet this table does not describe, so a new snippet is
/// always compiled: add its line here.
/// </summary>
internal static class DocSnippetContexts
{
    private const string Services = "Microsoft.Extensions.DependencyInjection.IServiceCollection services";
    private const string Households = "System.Collections.Generic.IEnumerable<Dalhaengi.Core.Households.Household> households";
    private const string AsOf = "NodaTime.LocalDate asOf";

    public static readonly IReadOnlyDictionary<string, SnippetContext[]> ByDoc = new Dictionary<string, SnippetContext[]>
    {
        ["README.md"] =
        [
            new(SnippetShape.Program, Run: true, Prints: ["양평"]),
            new(SnippetShape.Statements, Services),
            new(SnippetShape.Statements, Services),
            new(SnippetShape.Statements, Households),
            new(SnippetShape.Program, Run: true, Prints: ["sessions"]),
        ],
        ["docs/access.md"] =
        [
            new(SnippetShape.Statements,
                "Dalhaengi.Core.Households.Household household, IEnumerable<Dalhaengi.Core.Outreach.Referral> referralsOfTheHousehold, NodaTime.LocalDate today, "
                + "Dalhaengi.Core.Outreach.Referral referral, Dalhaengi.Core.Outreach.Case @case, IEnumerable<Dalhaengi.Core.Outreach.Referral> referralsOfTheCase, "
                + "Dalhaengi.Core.Outreach.SessionRecord record"),
            new(SnippetShape.Statements, Services),
        ],
        ["docs/adopting.md"] =
        [
            // Steps 1–5 run on the guide's example files, one after the other.
            new(SnippetShape.Statements, "string dataDir", Run: true, Arguments: root => [Path.Combine(root, "docs", "examples", "chuncheon")], Prints: ["춘천시"]),
            new(SnippetShape.Statements, ContinuesPrevious: true),
            new(SnippetShape.Statements, ContinuesPrevious: true),
            new(SnippetShape.Statements, ContinuesPrevious: true),
            new(SnippetShape.Statements, ContinuesPrevious: true),
            // Step 6 is a worker service's Program.cs and its worker: compiled, not run (it starts a host that reads ./chuncheon;
            // AdoptingGuideTests resolves the same registrations).
            new(SnippetShape.Program),
            new(SnippetShape.Program, ContinuesPrevious: true),
        ],
        ["docs/benchmarks.md"] =
        [
            new(SnippetShape.Program, Run: true, Prints: ["hh-1: ", "hh-2: "]),
            new(SnippetShape.Program, Run: true, Prints: ["hh-1: ", "4 signals"]),
        ],
        ["docs/calendar.md"] =
        [
            new(SnippetShape.Program, Run: true, Prints: ["True", "어린이날", "2025-10-10"]),
            new(SnippetShape.Statements, Services),
        ],
        ["docs/eligibility.md"] =
        [
            new(SnippetShape.Statements, AsOf),
            new(SnippetShape.Statements, Services),
        ],
        ["docs/outreach.md"] =
        [
            new(SnippetShape.Statements, "Dalhaengi.Core.Outreach.SessionRecordId id, Dalhaengi.Core.Outreach.SessionDetails details, NodaTime.IClock clock"),
            new(SnippetShape.Declarations),
        ],
        ["docs/rotation.md"] =
        [
            new(SnippetShape.Statements,
                "Dalhaengi.Core.Partners.PartnerRoster roster, Dalhaengi.Core.Geography.Municipality municipality, Dalhaengi.Core.Geography.DistrictCode district, "
                + "Dalhaengi.Core.Rotation.RotationPlan plan, " + AsOf),
        ],
        ["docs/rule-adaptation.md"] =
        [
            new(SnippetShape.Statements, Households + ", " + AsOf + ", IEnumerable<Dalhaengi.Core.Risk.VerifiedOutcome> outcomes"),
        ],
        ["docs/rule-format.md"] =
        [
            new(SnippetShape.Statements, "string json, " + Households + ", " + AsOf + ", int index"),
        ],
        ["docs/schemas.md"] =
        [
            new(SnippetShape.Program, Run: true, Prints: ["urn:dalhaengi:schema:municipality:1"]),
        ],
    };
}
