using System.Text.RegularExpressions;
using Dalhaengi.Core.Access;
using Dalhaengi.Core.Calendar;
using Dalhaengi.Core.Eligibility;
using Dalhaengi.Core.Risk;

namespace Dalhaengi.Core.Tests.Serialization;

/// <summary>Keeps the format references in <c>docs/formats/</c> true: every JSON example in them loads with the library's reader.</summary>
public sealed partial class FormatReferenceDocsTests
{
    private static string Root
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Dalhaengi.Core.sln")))
                {
                    return dir.FullName;
                }
            }

            throw new InvalidOperationException("The repository root (with Dalhaengi.Core.sln) is not above the test's folder.");
        }
    }

    [GeneratedRegex("```json\\n(.*?)\\n```", RegexOptions.Singleline)]
    private static partial Regex JsonBlock();

    [Theory]
    [InlineData("rules.md", 2)]
    [InlineData("holidays.md", 1)]
    [InlineData("emergency-support.md", 1)]
    [InlineData("access-policy.md", 1)]
    [InlineData("retention.md", 1)]
    public void EveryJsonExample_LoadsWithTheLibrarysReader(string doc, int expectedExamples)
    {
        var text = File.ReadAllText(Path.Combine(Root, "docs", "formats", doc)).ReplaceLineEndings("\n");
        var blocks = JsonBlock().Matches(text).Select(m => m.Groups[1].Value).ToList();

        Assert.Equal(expectedExamples, blocks.Count);
        foreach (var json in blocks)
        {
            var loaded = Load(json, doc);
            Assert.NotNull(loaded);
        }
    }

    private static object Load(string json, string doc) => doc switch
    {
        "rules.md" => RiskRuleSetJson.Parse(json, source: doc),
        "holidays.md" => HolidayDataJson.ParseDays(json, doc),
        "emergency-support.md" => EmergencySupportThresholdsJson.Parse(json, doc),
        "access-policy.md" => AccessPolicyJson.Parse(json, doc),
        "retention.md" => RetentionPolicyJson.Parse(json, doc),
        _ => throw new ArgumentOutOfRangeException(nameof(doc), doc, "no reader for this document"),
    };
}
