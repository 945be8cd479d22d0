export declare function actionsInBuild(): Map<string, string>;
export declare function actionId(name: string): string;
