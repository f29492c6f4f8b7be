import { Entity, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';

/**
 * The shape every append-only step record shares (a case's, a project's, a plan's steps and the
 * asset ledger's changes): which row, in which division, who took it and when. Each subclass adds
 * the record it belongs to, what happened (action and states, or kind) and its note.
 */
@ObjectType()
@Entity({ abstract: true })
export abstract class StepEvent {
  @Field()
  @Property({ type: 'uuid', primary: true })
  id!: string;

  @Field()
  @Property({ length: 12 })
  divisionCode!: string;

  @Field()
  @Property({ length: 128 })
  actorName!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'uuid', nullable: true })
  actorId?: string | null;

  @Field()
  @Property({ type: 'timestamptz' })
  at: Date = new Date();
}
