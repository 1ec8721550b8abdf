using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Dalhaengi.Core.Tests.Docs;

/// <summary>
/// Keeps every C# snippet of <c>README.md</c>, <c>docs/*.md</c> and <c>docs/formats/*.md</c> true: each
/// <c>```csharp</c> block shows its <c>using</c> lines and compiles with Roslyn against the library
/// (<see cref="DocSnippetCompiler"/>), shaped as <see cref="DocSnippetContexts"/> says — a whole program as a console
/// application, a host's statements as the body of a method taking the values they assume, type declarations as
/// they are — and the units marked to run are run.
/// </summary>
public sealed class DocSnippetTests
{
    private static readonly string Root = AdoptingGuideTests.RepositoryRoot;

    private static IEnumerable<string> Docs() =>
        new[] { Path.Combine(Root, "README.md") }
            .Concat(Directory.GetFiles(Path.Combine(Root, "docs"), "*.md"))
            .Concat(Directory.GetFiles(Path.Combine(Root, "docs", "formats"), "*.md"))
            .Select(p => Path.GetRelativePath(Root, p).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

    // Each unit: a doc's snippet and the ones that continue it.
    private static List<List<(DocSnippet Snippet, SnippetContext Context)>> Units(string doc)
    {
        var snippets = DocSnippet.Read(Root, doc);
        var contexts = DocSnippetContexts.ByDoc.GetValueOrDefault(doc, []);
        Assert.True(
            snippets.Count == contexts.Length,
            $"{doc} has {snippets.Count} C# snippets but DocSnippetContexts describes {contexts.Length}: describe each one, in order");
        var units = new List<List<(DocSnippet, SnippetContext)>>();
        for (var i = 0; i < snippets.Count; i++)
        {
            if (contexts[i].ContinuesPrevious && units.Count > 0)
            {
                units[^1].Add((snippets[i], contexts[i]));
            }
            else
            {
                units.Add([(snippets[i], contexts[i])]);
            }
        }

        return units;
    }

    public static TheoryData<string, int> SnippetUnits()
    {
        var data = new TheoryData<string, int>();
        foreach (var doc in Docs())
        {
            var units = Units(doc);
            for (var i = 0; i < units.Count; i++)
            {
                data.Add(doc, i);
            }
        }

        return data;
    }

    [Fact]
    public void Docs_EveryCSharpSnippetIsDescribed_AndTheTableNamesNoMissingDoc()
    {
        var docs = Docs().ToList();
        foreach (var doc in docs)
        {
            _ = Units(doc);
        }

        Assert.All(DocSnippetContexts.ByDoc.Keys, d => Assert.Contains(d, docs));
        Assert.True(SnippetUnits().Count >= 15);
    }

    [Fact]
    public void Docs_MarkCSharpBlocksAsCsharp_SoNoneEscapesTheCompiler()
    {
        foreach (var doc in Docs())
        {
            var lines = File.ReadAllLines(Path.Combine(Root, doc));
            var other = Array.FindIndex(lines, l => l.Trim() is "```cs" or "```c#" or "```C#" or "```CSharp");
            Assert.True(other < 0, $"{doc}:{other + 1}: mark C# blocks ```csharp so the docs tests compile them");
        }
    }

    [Theory]
    [MemberData(nameof(SnippetUnits))]
    public void Snippet_ShowsItsUsings_Compiles_AndRunsWhereItIsAProgram(string doc, int unitIndex)
    {
        var unit = Units(doc)[unitIndex];
        var (first, context) = unit[0];
        Assert.All(unit, s => Assert.True(s.Snippet.Usings.Count > 0, $"{s.Snippet}: show the snippet's using lines"));

        var source = DocSnippetCompiler.Source(unit);
        var (compilation, problems, image) = DocSnippetCompiler.Compile($"DocSnippet_{unitIndex}", source, context.Shape);

        Assert.True(
            problems.Count == 0,
            $"{first} does not compile cleanly:\n{string.Join('\n', problems.Select(p => p.Id == "CS8019" ? "using line not needed: " + p.Location.SourceTree!.GetText().ToString(p.Location.SourceSpan) : p.ToString()))}");
        if (context.Shape == SnippetShape.Declarations)
        {
            AssertRedeclaredTypesMatchTheLibrary(compilation, first);
        }

        if (context.Run)
        {
            var printed = DocSnippetCompiler.Run(image!, context, Root);
            foreach (var expected in context.Prints ?? [])
            {
                Assert.True(printed.Contains(expected, StringComparison.Ordinal), $"{first}: the run should print \"{expected}\" but printed:\n{printed}");
            }
        }
    }

    // Return type, name, and each parameter's type, name and default, with namespaces: the whole contract of a member.
    private static readonly SymbolDisplayFormat Signature = new(
        globalNamespaceStyle: SymbolDisplayGlobalNamespaceStyle.Omitted,
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypesAndNamespaces,
        genericsOptions: SymbolDisplayGenericsOptions.IncludeTypeParameters,
        memberOptions: SymbolDisplayMemberOptions.IncludeParameters | SymbolDisplayMemberOptions.IncludeType | SymbolDisplayMemberOptions.IncludeRef,
        parameterOptions: SymbolDisplayParameterOptions.IncludeType | SymbolDisplayParameterOptions.IncludeName
            | SymbolDisplayParameterOptions.IncludeDefaultValue | SymbolDisplayParameterOptions.IncludeParamsRefOut,
        miscellaneousOptions: SymbolDisplayMiscellaneousOptions.UseSpecialTypes | SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    // A snippet that shows a library interface's shape must show the real one: same members, same signatures.
    private static void AssertRedeclaredTypesMatchTheLibrary(Compilation compilation, DocSnippet snippet)
    {
        var tree = compilation.SyntaxTrees.Last();
        var model = compilation.GetSemanticModel(tree);
        var library = compilation.References
            .Select(compilation.GetAssemblyOrModuleSymbol)
            .OfType<IAssemblySymbol>()
            .Single(a => a.Name == "Dalhaengi.Core");
        var declared = tree.GetRoot().DescendantNodes().OfType<BaseTypeDeclarationSyntax>().Select(t => (INamedTypeSymbol)model.GetDeclaredSymbol(t)!).ToList();
        Assert.NotEmpty(declared);
        foreach (var type in declared)
        {
            var real = AllTypes(library.GlobalNamespace).Where(t => t.Name == type.Name && t.DeclaredAccessibility == Accessibility.Public).ToList();
            Assert.True(real.Count == 1, $"{snippet}: {type.Name} should be one public type of the library; found {real.Count}");
            var (shown, actual) = (Members(type), Members(real[0]));
            Assert.True(
                shown.SequenceEqual(actual),
                $"{snippet}: {type.Name} differs from the library's {real[0]}.\nonly in the doc:\n  {string.Join("\n  ", shown.Except(actual))}\nonly in the library:\n  {string.Join("\n  ", actual.Except(shown))}");
        }
    }

    private static List<string> Members(INamedTypeSymbol type) =>
        [.. type.GetMembers().Where(m => !m.IsImplicitlyDeclared && (m.DeclaredAccessibility == Accessibility.Public || type.TypeKind == TypeKind.Interface))
            .Select(m => m.ToDisplayString(Signature))
            .Order(StringComparer.Ordinal)];

    private static IEnumerable<INamedTypeSymbol> AllTypes(INamespaceSymbol ns) =>
        ns.GetTypeMembers().Concat(ns.GetNamespaceMembers().SelectMany(AllTypes));
}
