return await MlPipeline.Serving.ServingCommand.RunAsync(args);
