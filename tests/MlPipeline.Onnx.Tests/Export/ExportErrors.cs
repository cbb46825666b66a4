using System.Text;
using System.Text.Json.Nodes;
using MlPipeline.Onnx.Export;

namespace MlPipeline.Onnx.Tests.Export;

/// <summary>What the exporter refuses, and that its messages say what is wrong and what to do.</summary>
public sealed class ExportErrors
{
    [Fact]
    public void AnUnsupportedObjectiveIsNamedWithTheSupportedOnes()
    {
        var json = ModelJsonEdits.Edit(TrainedModels.Regression.Json, root => ModelJsonEdits.Learner(root)["objective"]!["name"] = "reg:pseudohubererror");

        var error = Assert.Throws<OnnxExportException>(() => XGBoostOnnxExporter.Export(json, new OnnxExportOptions()));

        Assert.Contains("\"reg:pseudohubererror\"", error.Message);
        Assert.Contains("binary:logistic, multi:softprob, multi:softmax, reg:squarederror, reg:logistic", error.Message);
    }

    [Theory]
    [InlineData("this is not JSON")]
    [InlineData("[1, 2, 3]")]
    [InlineData("")]
    public void BytesThatAreNotJsonSayHowToSaveTheModel(string text)
    {
        var error = Assert.Throws<OnnxExportException>(() => XGBoostOnnxExporter.Export(Encoding.UTF8.GetBytes(text), new OnnxExportOptions()));

        Assert.StartsWith("The bytes are not an XGBoost JSON model", error.Message);
        Assert.Contains("Booster.SaveJson()", error.Message);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("""{"name": "resnet", "layers": []}""")]
    public void JsonThatIsNotAnXGBoostModelIsRejected(string text)
    {
        var error = Assert.Throws<OnnxExportException>(() => XGBoostOnnxExporter.Export(Encoding.UTF8.GetBytes(text), new OnnxExportOptions()));

        Assert.Contains("is not an XGBoost model", error.Message);
    }

    [Fact]
    public void AMissingMemberIsNamedByItsPath()
    {
        var json = ModelJsonEdits.Edit(TrainedModels.Binary.Json, root => ModelJsonEdits.Learner(root)["learner_model_param"]!.AsObject().Remove("num_feature"));

        var error = Assert.Throws<OnnxExportException>(() => XGBoostOnnxExporter.Export(json, new OnnxExportOptions()));

        Assert.Contains("learner.learner_model_param.num_feature", error.Message);
    }

    [Fact]
    public void ADartBoosterIsRefused()
    {
        var json = ModelJsonEdits.Edit(TrainedModels.Binary.Json, root => ModelJsonEdits.Learner(root)["gradient_booster"]!["name"] = "dart");

        var error = Assert.Throws<OnnxExportException>(() => XGBoostOnnxExporter.Export(json, new OnnxExportOptions()));

        Assert.Contains("\"dart\"", error.Message);
        Assert.Contains("gbtree", error.Message);
    }

    [Fact]
    public void ACategoricalSplitIsRefusedWithItsTreeAndNode()
    {
        var json = ModelJsonEdits.Edit(TrainedModels.Binary.Json, root => ModelJsonEdits.Trees(root)[2]!["split_type"]![0] = 1);

        var error = Assert.Throws<OnnxExportException>(() => XGBoostOnnxExporter.Export(json, new OnnxExportOptions()));

        Assert.Contains("Tree 2", error.Message);
        Assert.Contains("categorical split at node 0", error.Message);
    }

    [Fact]
    public void AChildOutsideTheTreeIsReportedAsMalformed()
    {
        var json = ModelJsonEdits.Edit(TrainedModels.Binary.Json, root => ModelJsonEdits.Trees(root)[1]!["right_children"]![0] = 999);

        var error = Assert.Throws<OnnxExportException>(() => XGBoostOnnxExporter.Export(json, new OnnxExportOptions()));

        Assert.Contains("Tree 1 of the XGBoost model is malformed: node 0 has children", error.Message);
    }

    [Fact]
    public void AChildPointingBackUpTheTreeIsReportedAsMalformed()
    {
        var json = ModelJsonEdits.Edit(TrainedModels.Binary.Json, root => ModelJsonEdits.Trees(root)[0]!["right_children"]![0] = 0);

        var error = Assert.Throws<OnnxExportException>(() => XGBoostOnnxExporter.Export(json, new OnnxExportOptions()));

        Assert.Contains("node 0 is reached twice", error.Message);
    }

    [Fact]
    public void FeatureNamesMustMatchTheModelsFeatures()
    {
        var options = new OnnxExportOptions { FeatureNames = ["x0", "x1", "x2"] };

        var error = Assert.Throws<OnnxExportException>(() => XGBoostOnnxExporter.Export(TrainedModels.Binary.Json, options));

        Assert.Contains("3 names but the XGBoost model has 4 features", error.Message);
    }

    [Fact]
    public void ABinaryModelNeedsTwoClassLabels()
    {
        var options = new OnnxExportOptions { ClassLabels = ["a", "b", "c"] };

        var error = Assert.Throws<OnnxExportException>(() => XGBoostOnnxExporter.Export(TrainedModels.Binary.Json, options));

        Assert.Contains("3 labels but the binary:logistic model has 2 classes", error.Message);
    }

    [Fact]
    public void ARegressionModelTakesNoClassLabels()
    {
        var options = new OnnxExportOptions { ClassLabels = ["a"] };

        var error = Assert.Throws<OnnxExportException>(() => XGBoostOnnxExporter.Export(TrainedModels.Regression.Json, options));

        Assert.Contains("regression model, which has no classes", error.Message);
    }

    [Theory]
    [InlineData("feature_names")]
    [InlineData("")]
    public void AReservedOrEmptyMetadataKeyIsRefused(string key)
    {
        var options = new OnnxExportOptions { Metadata = new Dictionary<string, string> { [key] = "x" } };

        var error = Assert.Throws<OnnxExportException>(() => XGBoostOnnxExporter.Export(TrainedModels.Binary.Json, options));

        Assert.Contains($"The metadata key \"{key}\" cannot be used", error.Message);
    }

    [Theory]
    [InlineData("margins")]
    [InlineData("probabilities")]
    [InlineData(" ")]
    public void AnInputNameTheGraphUsesItselfIsRefused(string name)
    {
        var options = new OnnxExportOptions { InputName = name };

        var error = Assert.Throws<OnnxExportException>(() => XGBoostOnnxExporter.Export(TrainedModels.Binary.Json, options));

        Assert.Contains($"The input name \"{name}\" cannot be used", error.Message);
    }

    [Fact]
    public void ALogisticModelsBaseScoreMustBeAProbability()
    {
        var json = ModelJsonEdits.Edit(TrainedModels.Binary.Json, root => ModelJsonEdits.Learner(root)["learner_model_param"]!["base_score"] = "1E0");

        var error = Assert.Throws<OnnxExportException>(() => XGBoostOnnxExporter.Export(json, new OnnxExportOptions()));

        Assert.Contains("base_score is 1", error.Message);
        Assert.Contains("strictly between 0 and 1", error.Message);
    }
}
