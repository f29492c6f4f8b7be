import { ArgsType, ClassType, Field, Int, ObjectType } from 'type-graphql';
import { Max, Min } from 'class-validator';

/** The largest page any list answers; the query cost limit counts a list at its page size. */
export const MAX_PAGE_SIZE = 200;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 0 })
  @Min(0, { message: 'offset 不能为负数' })
  offset: number = 0;

  @Field(() => Int, { defaultValue: 20 })
  @Min(1, { message: 'limit 至少为 1' })
  @Max(MAX_PAGE_SIZE, { message: `每页最多 ${MAX_PAGE_SIZE} 条` })
  limit: number = 20;
}

export interface Page<T> {
  total: number;
  items: T[];
}

/** A page of T with the total matching count, the shape every list query answers. */
export function Paginated<T extends object>(itemType: ClassType<T>) {
  @ObjectType()
  abstract class PaginatedResponse implements Page<T> {
    @Field(() => Int)
    total!: number;

    @Field(() => [itemType])
    items!: T[];
  }
  return PaginatedResponse;
}
