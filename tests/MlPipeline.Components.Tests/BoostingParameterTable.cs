using System.Linq.Expressions;
using System.Reflection;
using MlPipeline.Build;
using MlPipeline.Build.Naming;
using MlPipeline.Components.Training;
using MlPipeline.Training.Boosting;

namespace MlPipeline.Components.Tests;

public sealed class BoostingParameterTable
{
    [Fact]
    public void EveryTableRowIsABuildParameterOfItsMemberNameWhoseOptionTheEngineSpellsTheSame()
    {
        foreach (var row in XGBoostParameterTable.All)
        {
            var property = typeof(IBoostingParameters).GetProperty(row.Member);

            Assert.NotNull(property?.GetCustomAttribute<ParameterAttribute>());
            Assert.Equal(row.Spec.Option, "--" + NameStyle.Kebab(row.Member));
        }

        Assert.Equal(
            typeof(IBoostingParameters).GetProperties().Where(p => p.GetCustomAttribute<ParameterAttribute>() is not null).Select(p => p.Name).Order(),
            XGBoostParameterTable.All.Select(r => r.Member).Order());
    }

    [Fact]
    public void TheBuildsOwnDefaultsAreReadThroughTheTable()
    {
        var parameters = BoostingParameters.From(new ShallowBuild());

        Assert.Equal(XGBoostParameters.Defaults with { MaxDepth = 3, Eta = 0.1 }, parameters);
    }

    [Fact]
    public void TheFingerprintReadsNameEveryParameterByItsMember()
    {
        var reads = BoostingParameters.Reads(new ShallowBuild());

        Assert.Equal(XGBoostParameterTable.All.Select(r => r.Member), reads.Select(r => ((MemberExpression)((UnaryExpression)r.Body).Operand).Member.Name));
        Assert.Equal(3, reads[1].Compile()());
    }

    // Parameters at their defaults in code, two of them overridden by the build, as a build class does.
    private sealed class ShallowBuild : IBoostingParameters
    {
        public int MaxDepth => 3;

        public double Eta => 0.1;

        public AbsolutePath RootDirectory => throw new NotSupportedException();

        public IBuildLog Log => throw new NotSupportedException();

        public IBuildProgress Progress => throw new NotSupportedException();

        public TimeProvider Time => throw new NotSupportedException();

        public IBuildEnvironment BuildEnvironment => throw new NotSupportedException();

        public T ParameterValue<T>(T defaultValue, string parameterName = "") => defaultValue;

        public bool IsParameterSet(string parameterName) => false;

        public bool IsForced(Target target) => false;
    }
}
