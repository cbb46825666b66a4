using MlPipeline.Build.Workflows.Yaml;

namespace MlPipeline.Build.Tests.Workflows;

public static class YamlEmission
{
    [Theory]
    [InlineData("ubuntu-latest", "ubuntu-latest")]
    [InlineData("10.0.x", "10.0.x")]
    [InlineData("always()", "always()")]
    [InlineData("release/v1", "release/v1")]
    [InlineData("", "''")]
    [InlineData(" padded", "' padded'")]
    [InlineData("padded ", "'padded '")]
    [InlineData("contents: read", "'contents: read'")]
    [InlineData("a#b", "'a#b'")]
    [InlineData("0 3 * * *", "'0 3 * * *'")]
    [InlineData("${{ github.sha }}", "'${{ github.sha }}'")]
    [InlineData("x-${{ github.ref }}", "'x-${{ github.ref }}'")]
    [InlineData("-flag", "'-flag'")]
    [InlineData("[list", "'[list'")]
    [InlineData("{map", "'{map'")]
    [InlineData("&anchor", "'&anchor'")]
    [InlineData("!tag", "'!tag'")]
    [InlineData("|block", "'|block'")]
    [InlineData(">folded", "'>folded'")]
    [InlineData("@at", "'@at'")]
    [InlineData("%directive", "'%directive'")]
    [InlineData("`tick", "'`tick'")]
    [InlineData("'single", "'''single'")]
    [InlineData("\"double", "'\"double'")]
    [InlineData("true", "'true'")]
    [InlineData("No", "'No'")]
    [InlineData("on", "'on'")]
    [InlineData("OFF", "'OFF'")]
    [InlineData("y", "'y'")]
    [InlineData("null", "'null'")]
    [InlineData("~", "'~'")]
    [InlineData("10.0", "'10.0'")]
    [InlineData("8", "'8'")]
    [InlineData("-1.5e3", "'-1.5e3'")]
    [InlineData("1_000", "'1_000'")]
    [InlineData("0x1F", "'0x1F'")]
    [InlineData("0o17", "'0o17'")]
    [InlineData(".inf", "'.inf'")]
    [InlineData("-.Inf", "'-.Inf'")]
    [InlineData("it's", "it's")]
    [InlineData("two\nlines", "\"two\\nlines\"")]
    [InlineData("tab\there \"quoted\" back\\slash", "\"tab\\there \\\"quoted\\\" back\\\\slash\"")]
    [InlineData("bell\u0007", "\"bell\\u0007\"")]
    public static void AStringIsQuotedOnlyWhenYamlWouldReadItBackDifferently(string value, string written)
    {
        var yaml = YamlWriter.Write(new YamlMapping { { "key", value } });

        Assert.Equal($"key: {written}\n", yaml);
    }

    [Fact]
    public static void BooleansAndNumbersAreWrittenPlain()
    {
        var yaml = YamlWriter.Write(new YamlMapping { { "flag", true }, { "off", false }, { "count", 60 } });

        Assert.Equal("flag: true\noff: false\ncount: 60\n", yaml);
    }

    [Fact]
    public static void KeysThatAreNotIdentifiersAreQuoted()
    {
        var yaml = YamlWriter.Write(new YamlMapping { { "on", "x" }, { "pull-requests", "write" }, { "a: b", "c" } });

        Assert.Equal("on: x\npull-requests: write\n'a: b': c\n", yaml);
    }

    [Fact]
    public static void NestedBlocksAreIndentedTheWayGitHubDocumentsThem()
    {
        var yaml = YamlWriter.Write(new YamlMapping
        {
            {
                "steps", new YamlSequence
                {
                    new YamlMapping { { "uses", "actions/checkout@v4" } },
                    new YamlMapping { { "name", "Set up" }, { "with", new YamlMapping { { "version", "1.x" } } } },
                    "plain item",
                    new YamlSequence { "nested" },
                }
            },
            { "empty-map", new YamlMapping() },
            { "empty-list", new YamlSequence() },
        });

        Assert.Equal(
            """
            steps:
              - uses: actions/checkout@v4
              - name: Set up
                with:
                  version: 1.x
              - plain item
              -
                - nested
            empty-map: {}
            empty-list: []

            """.ReplaceLineEndings("\n"),
            yaml);
    }

    [Fact]
    public static void LinesAreWrittenAsALiteralBlock()
    {
        var yaml = YamlWriter.Write(new YamlMapping
        {
            { "path", YamlScalar.Lines(["artifacts/a.json", "", "artifacts/b: c.json"]) },
            { "items", new YamlSequence { YamlScalar.Lines(["one", "two"]) } },
        });

        Assert.Equal("path: |\n  artifacts/a.json\n\n  artifacts/b: c.json\nitems:\n  - |\n    one\n    two\n", yaml);
    }

    [Fact]
    public static void TextALiteralBlockCannotHoldFallsBackToDoubleQuotes()
    {
        var yaml = YamlWriter.Write(new YamlMapping { { "text", YamlScalar.Lines(["  indented first line"]) } });

        Assert.Equal("text: \"  indented first line\\n\"\n", yaml);
    }

    [Fact]
    public static void AddingAKeyTwiceIsRefused() =>
        Assert.Throws<ArgumentException>(() => new YamlMapping { { "name", "a" }, { "name", "b" } });
}
