export declare function actionsInBuild(buildDir?: string): Map<string, string>;
export declare function actionId(name: string, buildDir?: string): string;
